using System;
using System.IO;
using System.Text;
using FactExtractor.Cli;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
try
{
    return new FactxApp(Console.OpenStandardInput, stdout, stderr).Run(args);
}
finally
{
    stdout.Flush();
}

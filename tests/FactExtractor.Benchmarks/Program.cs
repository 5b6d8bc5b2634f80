using BenchmarkDotNet.Running;

namespace FactExtractor.Benchmarks;

public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Tokenizer*'</c>.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

using BenchmarkDotNet.Running;

namespace FactExtractor.Benchmarks;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Tokenizer*'</c>; or, with
    /// <c>mlnet-comparison [NER-DATA-FOLDER]</c>, the accuracy comparison of Microsoft.ML and the perceptron.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == MlNetComparison.Command)
        {
            return MlNetComparison.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

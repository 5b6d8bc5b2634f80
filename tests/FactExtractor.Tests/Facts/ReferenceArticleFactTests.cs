using System;
using System.Globalization;
using System.IO;
using System.Linq;
using FactExtractor.Evaluation;
using FactExtractor.Pipeline;
using Xunit.Abstractions;

namespace FactExtractor.Tests.Facts;

/// <summary>
/// The facts of the reference article (read from ../shared with its gold beside it, never copied), scored by the rules
/// of the annotation guidelines.
/// </summary>
public class ReferenceArticleFactTests
{
    private readonly ITestOutputHelper _output;

    public ReferenceArticleFactTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static readonly Lazy<FactEvaluationReport> Report = new(() =>
    {
        string article = TestPaths.ReferenceArticle!;
        string gold = article[..^".txt".Length] + ".gold.json";
        return FactEvaluation.Evaluate(FactPipeline.Default, [FactGoldDocument.Load(gold)]);
    });

    [RequiresReferenceArticleFact]
    public void Micro_f1_is_at_least_0_9()
    {
        FactEvaluationReport report = Report.Value;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Micro P {report.Micro.Precision:0.000} R {report.Micro.Recall:0.000} F1 {report.Micro.F1:0.000}.{Describe(report)}"));

        Assert.True(report.Micro.F1 >= 0.9, $"Micro F1 {report.Micro.F1:0.000} < 0.9.{Describe(report)}");
    }

    [RequiresReferenceArticleFact]
    public void Quote_attribution_is_at_least_0_9()
    {
        FactEvaluationReport report = Report.Value;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Quote attribution {report.CorrectlyAttributedQuotes}/{report.AttributedQuotes}."));

        Assert.True(report.AttributedQuotes > 0, "No matched quote with a gold speaker.");
        Assert.True(report.QuoteAttributionAccuracy >= 0.9, $"Quote attribution {report.QuoteAttributionAccuracy:0.000} < 0.9.{Describe(report)}");
    }

    private static string Describe(FactEvaluationReport report) =>
        string.Concat(report.Types.Select(t => string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}  {t.Type}: TP {t.TruePositives} FP {t.FalsePositives} FN {t.FalseNegatives}")))
        + string.Concat(report.Errors.Select(e => $"{Environment.NewLine}  {e.Kind}: {e.Fact}{(e.Other is null ? string.Empty : " ← " + e.Other)}"));
}

using System;
using FactExtractor.Text;

namespace FactExtractor.Facts;

/// <summary>
/// A typed fact found in a document, with the evidence it rests on (a character range of the text), a confidence in
/// [0, 1] and the name of the rule or model that produced it. Each fact type derives its own immutable record.
/// </summary>
public abstract record Fact
{
    /// <summary>Initialises the common part of a fact.</summary>
    /// <param name="evidence">The range of the text that states the fact.</param>
    /// <param name="confidence">Confidence in [0, 1].</param>
    /// <param name="rule">The rule or model that produced the fact, e.g. <c>investment.amount-subject</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the confidence lies outside [0, 1].</exception>
    protected Fact(TextSpan evidence, double confidence, string rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!(confidence >= 0 && confidence <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie in [0, 1].");
        }

        Evidence = evidence;
        Confidence = confidence;
        Rule = rule;
    }

    /// <summary>The fact type as written in the JSON contract: <c>investment</c>, <c>productionAgreement</c>, <c>siteList</c>, <c>quote</c>.</summary>
    public abstract string Type { get; }

    /// <summary>The range of the text that states the fact.</summary>
    public TextSpan Evidence { get; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; }

    /// <summary>The rule or model that produced the fact.</summary>
    public string Rule { get; }
}

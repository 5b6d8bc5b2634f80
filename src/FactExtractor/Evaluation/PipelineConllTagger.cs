using System;
using System.Collections.Generic;
using System.Text;
using FactExtractor.Entities;
using FactExtractor.Entities.Statistical;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Evaluation;

/// <summary>
/// Tags CoNLL sentences with the entity layer of a <see cref="FactPipeline"/>, so that any recognizer configuration can
/// be scored with <see cref="ConllEvaluation.Report(Func{IReadOnlyList{string}, IReadOnlyList{string}}, IReadOnlyList{Entities.Statistical.TaggedSentence})"/>.
/// The tokens are joined by single spaces into a text, the pipeline analyses it, and its PERSON, ORG and LOC mentions
/// are mapped back onto the tokens as BIO tags (<c>PER</c>, <c>ORG</c>, <c>LOC</c>): a mention covers every token whose
/// characters it overlaps, and a token already covered stays with the earlier mention in <see cref="Document.Entities"/>.
/// Mentions of other labels (FACILITY, PRODUCT, MONEY, …) leave their tokens <c>O</c> and claim none.
/// </summary>
/// <example>
/// <code>
/// var tagger = new PipelineConllTagger(PipelineConllTagger.CreateEntityPipeline());
/// ConllEvaluationReport report = ConllEvaluation.Report(tagger.Tag, ConllCorpus.Read("sec-fin3.test.conll"));
/// </code>
/// </example>
public sealed class PipelineConllTagger
{
    /// <summary>Creates the tagger.</summary>
    /// <param name="pipeline">The pipeline; only its entities are read, so it need not extract facts.</param>
    public PipelineConllTagger(FactPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        Pipeline = pipeline;
    }

    /// <summary>The pipeline the sentences run through.</summary>
    public FactPipeline Pipeline { get; }

    /// <summary>
    /// A pipeline of the news tokenizer, the sentence splitter and the default entity layer with a choice of name
    /// recognizers (<see cref="FactPipelineBuilder.CreateDefaultEntityStage(NameRecognizers, PerceptronTagger?)"/>),
    /// without fact extractors.
    /// </summary>
    /// <param name="names">Which recognizers find person, organisation and place names.</param>
    /// <param name="tagger">The statistical tagger; the embedded model when null.</param>
    public static FactPipeline CreateEntityPipeline(NameRecognizers names = NameRecognizers.Both, PerceptronTagger? tagger = null) =>
        new FactPipelineBuilder()
            .UseTokenizer(NewsTokenizer.Default)
            .UseSentenceSplitter(NewsSentenceSplitter.Default)
            .Add(FactPipelineBuilder.CreateDefaultEntityStage(names, tagger))
            .Build();

    /// <summary>Tags one sentence.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <returns>One tag per token: <c>O</c>, <c>B-PER</c>, <c>I-PER</c>, <c>B-ORG</c>, <c>I-ORG</c>, <c>B-LOC</c> or <c>I-LOC</c>.</returns>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int count = tokens.Count;
        var tags = new string[count];
        if (count == 0)
        {
            return tags;
        }

        var starts = new int[count];
        var ends = new int[count];
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            starts[i] = text.Length;
            text.Append(tokens[i]);
            ends[i] = text.Length;
        }

        Document document = Pipeline.Extract(text.ToString());
        var owner = new int[count];
        Array.Fill(owner, -1);
        var labels = new EntityLabel[count];
        for (int m = 0; m < document.Entities.Length; m++)
        {
            EntityMention mention = document.Entities[m];
            if (mention.Label is not (EntityLabel.Person or EntityLabel.Org or EntityLabel.Loc))
            {
                continue;
            }

            // The first token ending after the mention starts, then every token starting before it ends.
            int low = 0, high = count;
            while (low < high)
            {
                int middle = (low + high) >>> 1;
                if (ends[middle] <= mention.Start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            for (int t = low; t < count && starts[t] < mention.End; t++)
            {
                if (owner[t] < 0 && ends[t] > starts[t])
                {
                    owner[t] = m;
                    labels[t] = mention.Label;
                }
            }
        }

        for (int t = 0; t < count; t++)
        {
            tags[t] = owner[t] < 0 ? "O" : ToTag(labels[t], inside: t > 0 && owner[t - 1] == owner[t]);
        }

        return tags;
    }

    private static string ToTag(EntityLabel label, bool inside) => label switch
    {
        EntityLabel.Person => inside ? "I-PER" : "B-PER",
        EntityLabel.Org => inside ? "I-ORG" : "B-ORG",
        _ => inside ? "I-LOC" : "B-LOC",
    };
}

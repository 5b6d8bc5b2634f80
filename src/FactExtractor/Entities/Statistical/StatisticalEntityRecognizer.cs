using System;
using System.Collections.Generic;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Statistical;

/// <summary>
/// Finds PER, ORG and LOC names with the trained <see cref="PerceptronTagger"/>, sentence by sentence. It fills gaps: a
/// name that overlaps a mention an earlier recognizer found is left to that recognizer, so lexicons and patterns keep
/// precedence. Confidence grows with the tagger's score margin.
/// </summary>
public sealed class StatisticalEntityRecognizer : IEntityRecognizer
{
    private readonly PerceptronTagger _tagger;

    /// <summary>Creates the recognizer.</summary>
    /// <param name="tagger">The tagger; the embedded model when null.</param>
    public StatisticalEntityRecognizer(PerceptronTagger? tagger = null)
    {
        _tagger = tagger ?? StatisticalModels.Default;
    }

    /// <inheritdoc />
    public string Name => "statistical";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

    /// <inheritdoc />
    public void Recognize(Document document, ICollection<EntityMention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int longest = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            longest = Math.Max(longest, sentence.TokenCount);
        }

        var tagBuffer = new int[longest];
        var marginBuffer = new float[longest];
        foreach (Sentence sentence in document.Sentences)
        {
            int length = sentence.TokenCount;
            Span<int> tags = tagBuffer.AsSpan(0, length);
            Span<float> margins = marginBuffer.AsSpan(0, length);
            _tagger.Predict(document.Text, tokens, sentence.FirstToken, sentence.EndToken, tags, margins);
            for (int i = 0; i < length; i++)
            {
                if (tags[i] is not (1 or 3 or 5))
                {
                    continue;
                }

                int end = i + 1;
                float margin = margins[i];
                while (end < length && tags[end] == tags[i] + 1)
                {
                    margin = Math.Min(margin, margins[end]);
                    end++;
                }

                int from = tokens[sentence.FirstToken + i].Start, to = tokens[sentence.FirstToken + end - 1].End;
                if (!Overlaps(document, from, to))
                {
                    EntityLabel label = tags[i] switch { 1 => EntityLabel.Person, 3 => EntityLabel.Org, _ => EntityLabel.Loc };
                    double confidence = 1 / (1 + Math.Exp(-margin / 4));
                    output.Add(new EntityMention(from, to, label, document.Text[from..to], Math.Round(confidence, 4), EntitySource.Model));
                }

                i = end - 1;
            }
        }
    }

    private static bool Overlaps(Document document, int from, int to)
    {
        ReadOnlySpan<EntityMention> mentions = document.Entities.AsSpan();
        for (int m = MentionSearch.FirstStartingAtOrAfter(mentions, to) - 1; m >= 0 && mentions[m].Start > from - 256; m--)
        {
            if (mentions[m].End > from)
            {
                return true;
            }
        }

        return false;
    }
}

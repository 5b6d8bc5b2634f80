using System;
using System.Collections.Generic;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Statistical;

/// <summary>
/// Training sentences labelled by the lexicons and patterns ("silver" labels): each sentence of a news text, its tokens
/// as the news tokenizer cuts them, and BIO tags over PER, ORG and LOC from the mentions the lexicon-and-pattern entity
/// layer finds. The CoNLL data teaches the tagger names in general; silver sentences teach it how news text reads
/// (datelines, titles, "said", plant and brand names), so that it can find names the lexicons do not know in contexts
/// where they know others.
/// </summary>
public static class SilverCorpus
{
    /// <summary>Labels texts with a pipeline's entity layer.</summary>
    /// <param name="texts">The texts, in a fixed order (training is deterministic for a fixed order and seed).</param>
    /// <param name="pipeline">
    /// The labelling pipeline; it should not contain the statistical recognizer itself. Null for the lexicons and patterns
    /// of the default entity layer.
    /// </param>
    public static List<TaggedSentence> Label(IEnumerable<string> texts, FactPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        pipeline ??= LexiconPipeline.Value;
        var sentences = new List<TaggedSentence>();
        foreach (string text in texts)
        {
            Document document = pipeline.Extract(text);
            ReadOnlySpan<EntityMention> mentions = document.Entities.AsSpan();
            int next = 0;
            foreach (Sentence sentence in document.Sentences)
            {
                ReadOnlySpan<Token> tokens = document.TokensOf(sentence);
                if (tokens.IsEmpty)
                {
                    continue;
                }

                var words = new string[tokens.Length];
                var tags = new string[tokens.Length];
                for (int i = 0; i < tokens.Length; i++)
                {
                    words[i] = text[tokens[i].Start..tokens[i].End];
                    tags[i] = "O";
                }

                while (next < mentions.Length && mentions[next].End <= tokens[0].Start)
                {
                    next++;
                }

                for (int m = next; m < mentions.Length && mentions[m].Start < tokens[^1].End; m++)
                {
                    string? type = mentions[m].Label switch
                    {
                        EntityLabel.Person => "PER",
                        EntityLabel.Org => "ORG",
                        EntityLabel.Loc => "LOC",
                        _ => null,
                    };
                    if (type is null)
                    {
                        continue;
                    }

                    bool first = true;
                    for (int i = 0; i < tokens.Length; i++)
                    {
                        // Only tokens inside the mention: "China" in "China-built" leaves the compound untagged.
                        if (tokens[i].Start >= mentions[m].Start && tokens[i].End <= mentions[m].End && tags[i] == "O")
                        {
                            tags[i] = (first ? "B-" : "I-") + type;
                            first = false;
                        }
                    }
                }

                sentences.Add(new TaggedSentence(words, tags));
            }
        }

        return sentences;
    }

    // The default tokenizer, splitter and entity layer, without fact extractors: labelling needs entities only.
    private static readonly Lazy<FactPipeline> LexiconPipeline = new(() => new FactPipelineBuilder()
        .UseTokenizer(NewsTokenizer.Default)
        .UseSentenceSplitter(NewsSentenceSplitter.Default)
        .Add(FactPipelineBuilder.CreateDefaultEntityStage(NameRecognizers.Lexicons))
        .Build());
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactExtractor.Entities;
using FactExtractor.Entities.Statistical;
using FactExtractor.Evaluation;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Tests.Entities;

/// <summary>Silver training sentences: news text labelled by the lexicon-and-pattern entity layer.</summary>
public class SilverCorpusTests
{
    // Invented sentences naming companies and places the lexicons list and a person with a listed first name.
    private const string Companies = "Renault and Toyota will build vans in Lyon, said Marta Lindqvist.";
    private const string Values = "Renault will invest €500 million in Germany in March 2025.";
    private const string TwoSentences = "Magna Steyr assembles cars in Graz for Toyota. The plant in North Carolina opened on 3 May.";

    private static readonly Lazy<FactPipeline> Splitter = new(() => new FactPipelineBuilder()
        .UseTokenizer(NewsTokenizer.Default)
        .UseSentenceSplitter(NewsSentenceSplitter.Default)
        .Build());

    private static readonly Lazy<FactPipeline> Lexicons = new(() => FactPipelineBuilder.CreateDefault(NameRecognizers.Lexicons).Build());

    [Fact]
    public void Companies_places_and_persons_become_bio_tags_over_their_tokens()
    {
        TaggedSentence sentence = Assert.Single(SilverCorpus.Label([Companies]));

        Assert.Equal(["Renault", "and", "Toyota", "will", "build", "vans", "in", "Lyon", ",", "said", "Marta", "Lindqvist", "."], sentence.Tokens);
        Assert.Equal(["B-ORG", "O", "B-ORG", "O", "O", "O", "O", "B-LOC", "O", "O", "B-PER", "I-PER", "O"], sentence.Tags);
    }

    [Fact]
    public void Names_of_two_words_span_both_tokens_and_each_sentence_is_its_own()
    {
        var sentences = SilverCorpus.Label([TwoSentences]);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Magna", "Steyr", "assembles", "cars", "in", "Graz", "for", "Toyota", "."], sentences[0].Tokens);
        Assert.Equal(["B-ORG", "I-ORG", "O", "O", "O", "B-LOC", "O", "B-ORG", "O"], sentences[0].Tags);
        Assert.Equal(["The", "plant", "in", "North", "Carolina", "opened", "on", "3", "May", "."], sentences[1].Tokens);
        Assert.Equal(["O", "O", "O", "B-LOC", "I-LOC", "O", "O", "O", "O", "O"], sentences[1].Tags);
    }

    [Fact]
    public void Money_and_dates_are_outside_tags()
    {
        // The entity layer does find the amount and the date ...
        Document document = Lexicons.Value.Extract(Values);
        Assert.Contains(document.Entities, e => e.Label == EntityLabel.Money && document.Slice(e.Span).SequenceEqual("€500 million"));
        Assert.Contains(document.Entities, e => e.Label == EntityLabel.Date && document.Slice(e.Span).SequenceEqual("March 2025"));

        // ... but only persons, organisations and places are tagged.
        TaggedSentence sentence = Assert.Single(SilverCorpus.Label([Values]));
        Assert.Equal(["Renault", "will", "invest", "€", "500", "million", "in", "Germany", "in", "March", "2025", "."], sentence.Tokens);
        Assert.Equal(["B-ORG", "O", "O", "O", "O", "O", "O", "B-LOC", "O", "O", "O", "O"], sentence.Tags);
    }

    [Fact]
    public void Tokens_are_the_news_tokenizers_and_tags_cover_exactly_the_person_organisation_and_place_mentions()
    {
        var texts = new List<string> { Companies, Values, TwoSentences };
        texts.AddRange(Directory.GetFiles(TestPaths.SampleArticles, "*.txt").Order(StringComparer.Ordinal).Take(4).Select(File.ReadAllText));
        var expected = new List<(string[] Tokens, HashSet<(string Type, int Start, int End)> Names, HashSet<int> Partial)>();
        foreach (string text in texts)
        {
            Document split = Splitter.Value.Extract(text);
            Document labelled = Lexicons.Value.Extract(text);
            foreach (Sentence sentence in split.Sentences)
            {
                Token[] tokens = split.TokensOf(sentence).ToArray();
                var names = new HashSet<(string Type, int Start, int End)>();

                // Tokens of a mention that begins or ends inside a token ("China" in "China-built"), left out of the
                // comparison: this test is about names that are whole tokens.
                var partial = new HashSet<int>();
                foreach (EntityMention mention in labelled.Entities)
                {
                    string? type = mention.Label switch { EntityLabel.Person => "PER", EntityLabel.Org => "ORG", EntityLabel.Loc => "LOC", _ => null };
                    int first = Array.FindIndex(tokens, t => t.Start == mention.Start);
                    int last = Array.FindIndex(tokens, t => t.End == mention.End);
                    if (type is null)
                    {
                        continue;
                    }

                    if (first >= 0 && last >= first)
                    {
                        names.Add((type, first, last + 1));
                    }
                    else
                    {
                        partial.UnionWith(Enumerable.Range(0, tokens.Length).Where(i => tokens[i].End > mention.Start && tokens[i].Start < mention.End));
                    }
                }

                expected.Add((tokens.Select(t => text[t.Start..t.End]).ToArray(), names, partial));
            }
        }

        var silver = SilverCorpus.Label(texts);

        Assert.Equal(expected.Count, silver.Count);
        Assert.True(expected.Sum(e => e.Names.Count) > 20);
        for (int s = 0; s < silver.Count; s++)
        {
            Assert.Equal(expected[s].Tokens, silver[s].Tokens);
            Assert.Equal(silver[s].Tokens.Length, silver[s].Tags.Length);
            Assert.All(silver[s].Tags, tag => Assert.Contains(tag, new[] { "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC" }));
            for (int i = 0; i < silver[s].Tags.Length; i++)
            {
                if (silver[s].Tags[i].StartsWith("I-", StringComparison.Ordinal))
                {
                    Assert.True(i > 0 && silver[s].Tags[i - 1] != "O" && silver[s].Tags[i - 1][2..] == silver[s].Tags[i][2..]);
                }
            }

            var spans = ConllEvaluation.Spans(silver[s].Tags).Where(span => !Enumerable.Range(span.Start, span.End - span.Start).Any(expected[s].Partial.Contains));
            Assert.Equal(expected[s].Names.Order(), spans.Order());
        }
    }

    [Fact]
    public void An_empty_text_gives_no_sentences()
    {
        Assert.Empty(SilverCorpus.Label([string.Empty]));
        Assert.Empty(SilverCorpus.Label([" \n\n "]));
        Assert.Empty(SilverCorpus.Label([]));
    }

    [Fact]
    public void Two_texts_give_the_sentences_of_both_in_order()
    {
        var first = SilverCorpus.Label([TwoSentences]);
        var second = SilverCorpus.Label([Companies]);

        var both = SilverCorpus.Label([TwoSentences, Companies]);
        var reversed = SilverCorpus.Label([Companies, TwoSentences]);

        Assert.Equal(3, both.Count);
        Assert.Equal(first.Concat(second).Select(Render), both.Select(Render));
        Assert.Equal(second.Concat(first).Select(Render), reversed.Select(Render));
        Assert.Equal("Magna", both[0].Tokens[0]);
        Assert.Equal("Renault", both[2].Tokens[0]);
    }

    [Fact]
    public void A_given_pipeline_labels_with_its_own_recognizers()
    {
        const string text = "Norvane builds axles at Velkor Ridge.";
        FactPipeline pipeline = FactPipelineBuilder.CreateDefault(NameRecognizers.Lexicons).AddPattern(EntityLabel.Loc, "Velkor Ridge").Build();

        TaggedSentence plain = Assert.Single(SilverCorpus.Label([text]));
        TaggedSentence custom = Assert.Single(SilverCorpus.Label([text], pipeline));

        Assert.Equal(["O", "O", "O", "O", "O", "O", "O"], plain.Tags);
        Assert.Equal(["O", "O", "O", "O", "B-LOC", "I-LOC", "O"], custom.Tags);
    }

    private static string Render(TaggedSentence sentence) => string.Join(' ', sentence.Tokens.Zip(sentence.Tags, (w, t) => w + "/" + t));
}

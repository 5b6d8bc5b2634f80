using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FactExtractor.Entities;
using FactExtractor.Entities.Statistical;
using FactExtractor.Evaluation;
using FactExtractor.Pipeline;
using FactExtractor.Tokenization;

namespace FactExtractor.Tests.Evaluation;

public class ConllEvaluationReportTests
{
    // Hand-made sentences with gold and predicted tags: a boundary error, a type error, a spurious name, a miss, a clean sentence.
    private static readonly (string[] Tokens, string[] Gold, string[] Predicted)[] Example =
    [
        (["Anna", "Keller", "met", "Orvex", "Motors", "staff", "in", "Graz", "and", "Brno", "with", "Velora"],
            ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O", "B-LOC", "O", "O"],
            ["B-PER", "I-PER", "O", "B-ORG", "O", "O", "O", "B-ORG", "O", "B-LOC", "O", "B-ORG"]),
        (["Tomas", "Berg", "left", "."], ["B-PER", "I-PER", "O", "O"], ["O", "O", "O", "O"]),
        (["Pune", "."], ["B-LOC", "O"], ["B-LOC", "O"]),
    ];

    // Invented training and test sentences for a deliberately weak tagger, so that its scores have errors to agree on.
    private static readonly TaggedSentence[] Training =
    [
        new(["Anna", "Keller", "joined", "Orvex", "in", "Graz", "."], ["B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "O"]),
        new(["Orvex", "hired", "Tomas", "Berg", "in", "Brno", "."], ["B-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
    ];

    private static readonly TaggedSentence[] Held =
    [
        new(["Velora", "Motors", "hired", "Ines", "Moreau", "in", "Lyon", "."], ["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
        new(["Kestrel", "left", "Graz", "for", "Pune", "."], ["B-ORG", "O", "B-LOC", "O", "B-LOC", "O"]),
        new(["Anna", "Keller", "met", "Tomas", "Berg", "."], ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O"]),
    ];

    [Fact]
    public void Errors_list_exactly_the_missed_and_spurious_spans_in_sentence_and_token_order()
    {
        ConllEvaluationReport report = ConllEvaluation.Report(Example.Select(s => ((IReadOnlyList<string>)s.Tokens, (IReadOnlyList<string>)s.Gold, (IReadOnlyList<string>)s.Predicted)));

        Assert.Equal(
        [
            new ConllError(0, "missed", "ORG", 3, 5, "Orvex Motors"),
            new ConllError(0, "spurious", "ORG", 3, 4, "Orvex"),
            new ConllError(0, "missed", "LOC", 7, 8, "Graz"),
            new ConllError(0, "spurious", "ORG", 7, 8, "Graz"),
            new ConllError(0, "spurious", "ORG", 11, 12, "Velora"),
            new ConllError(1, "missed", "PER", 0, 2, "Tomas Berg"),
        ], report.Errors);
        Assert.Equal(3, report.Sentences);
        Assert.Equal(18, report.Tokens);
    }

    [Fact]
    public void Report_counts_per_type_and_micro_and_agrees_with_score()
    {
        ConllEvaluationReport report = ConllEvaluation.Report(Example.Select(s => ((IReadOnlyList<string>)s.Tokens, (IReadOnlyList<string>)s.Gold, (IReadOnlyList<string>)s.Predicted)));

        Assert.Equal(
            [new TypeScore("LOC", 2, 0, 1), new TypeScore("ORG", 0, 3, 1), new TypeScore("PER", 1, 0, 1)],
            report.Types);
        Assert.Equal(new TypeScore("micro", 3, 3, 3), report.Micro);
        Assert.Equal(report.Types.Append(report.Micro), report.Scores);
        Assert.Equal(ConllEvaluation.Score(Example.Select(s => ((IReadOnlyList<string>)s.Gold, (IReadOnlyList<string>)s.Predicted))), report.Scores);
    }

    [Fact]
    public void The_function_overload_scores_as_the_tagger_overload()
    {
        PerceptronTagger tagger = PerceptronTagger.Train(Training, epochs: 2, seed: 5, bits: 12);

        IReadOnlyList<TypeScore> byTagger = ConllEvaluation.Evaluate(tagger, Held);
        IReadOnlyList<TypeScore> byFunction = ConllEvaluation.Evaluate(words => tagger.Predict(words), Held);
        ConllEvaluationReport report = ConllEvaluation.Report(words => tagger.Predict(words), Held);

        Assert.Equal(byTagger, byFunction);
        Assert.Equal(byTagger, report.Scores);
        Assert.Equal(byTagger, ConllEvaluation.Report(tagger, Held).Scores);
        int goldNames = Held.Sum(s => ConllEvaluation.Spans(s.Tags).Count());
        Assert.Equal(goldNames, report.Micro.TruePositives + report.Micro.FalseNegatives);
        Assert.Equal(report.Micro.FalsePositives + report.Micro.FalseNegatives, report.Errors.Count);
    }

    [Fact]
    public void A_tagger_returning_the_wrong_number_of_tags_is_refused_with_the_sentence()
    {
        var error = Assert.Throws<ArgumentException>(() => ConllEvaluation.Report(words => words.Count > 6 ? ["O"] : words.Select(_ => "O").ToArray(), Held));

        Assert.Contains("Sentence 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_entity_layer_tags_a_sentence_onto_its_tokens()
    {
        var tagger = new PipelineConllTagger(PipelineConllTagger.CreateEntityPipeline());

        string[] tags = tagger.Tag(["Renault", "builds", "cars", "in", "Douai", "for", "Nissan", "."]);

        Assert.Equal(["B-ORG", "O", "O", "O", "B-LOC", "O", "B-ORG", "O"], tags);
    }

    [Fact]
    public void The_entity_pipeline_has_no_fact_extractors_and_puts_the_tagger_last()
    {
        FactPipeline lexicons = PipelineConllTagger.CreateEntityPipeline(NameRecognizers.Lexicons);
        FactPipeline both = PipelineConllTagger.CreateEntityPipeline();

        Assert.Equal(["tokenizer", "sentence-splitter", "entities"], lexicons.Stages.Select(s => s.Name));
        var recognizers = ((EntityRecognitionStage)both.Stages[^1]).Recognizers;
        Assert.Equal("statistical", recognizers[^1].Name);
        Assert.Equal(((EntityRecognitionStage)lexicons.Stages[^1]).Recognizers.Length + 1, recognizers.Length);
    }

    [Fact]
    public void Mentions_cover_the_tokens_they_overlap_and_a_covered_token_stays_with_the_first()
    {
        string[] tokens = ["Marta", "Lindqvist", "visited", "Renault-Nissan", "plants", "in", "Douai", "Valley", "."];
        var stage = new FixedMentions(
            ("Marta Lindqvist", EntityLabel.Person),
            ("Lindqvist visited", EntityLabel.Org), // starts after the person: only "visited" is left to it
            ("Renault", EntityLabel.Org),           // part of a token: the whole token
            ("plants", EntityLabel.Facility),       // not PER, ORG or LOC: O
            ("Douai", EntityLabel.Loc),
            ("Valley", EntityLabel.Loc));           // a second name right after the first: B again
        FactPipeline pipeline = new FactPipelineBuilder()
            .UseTokenizer(NewsTokenizer.Default)
            .UseSentenceSplitter(NewsSentenceSplitter.Default)
            .Add(stage)
            .Build();

        string[] tags = new PipelineConllTagger(pipeline).Tag(tokens);

        Assert.Equal(["B-PER", "I-PER", "B-ORG", "B-ORG", "O", "O", "B-LOC", "B-LOC", "O"], tags);
        Assert.Equal("Marta Lindqvist visited Renault-Nissan plants in Douai Valley .", stage.LastText);
    }

    [Fact]
    public void An_empty_sentence_gets_no_tags()
    {
        Assert.Empty(new PipelineConllTagger(PipelineConllTagger.CreateEntityPipeline()).Tag([]));
    }

    [RequiresNerDataFact]
    public void On_the_shared_sec_test_file_every_configuration_accounts_for_every_gold_name()
    {
        // Needs ../shared/data/ner/sec-fin3.test.conll (openly licensed, kept outside the repository).
        List<TaggedSentence> sentences = ConllCorpus.Read(Path.Combine(TestPaths.Shared, "data", "ner", "sec-fin3.test.conll"));
        int goldNames = sentences.Sum(s => ConllEvaluation.Spans(s.Tags).Count());
        PerceptronTagger model = StatisticalModels.Default;

        Assert.Equal(ConllEvaluation.Evaluate(model, sentences), ConllEvaluation.Evaluate(words => model.Predict(words), sentences));
        foreach (FactPipeline pipeline in new[] { PipelineConllTagger.CreateEntityPipeline(NameRecognizers.Lexicons), PipelineConllTagger.CreateEntityPipeline(NameRecognizers.Both, model) })
        {
            ConllEvaluationReport report = ConllEvaluation.Report(new PipelineConllTagger(pipeline).Tag, sentences);

            Assert.Equal(goldNames, report.Micro.TruePositives + report.Micro.FalseNegatives);
            Assert.Equal(report.Micro.FalsePositives + report.Micro.FalseNegatives, report.Errors.Count);
            Assert.All(report.Errors, e => Assert.Equal(string.Join(' ', sentences[e.Sentence].Tokens[e.Start..e.End]), e.Text));
        }
    }

    /// <summary>An entity stage that marks the first occurrence of each given surface with its label.</summary>
    private sealed class FixedMentions : IPipelineStage
    {
        private readonly (string Surface, EntityLabel Label)[] _mentions;

        public FixedMentions(params (string Surface, EntityLabel Label)[] mentions)
        {
            _mentions = mentions;
        }

        public string? LastText { get; private set; }

        public string Name => "fixed-mentions";

        public DocumentLayers Requires => DocumentLayers.Tokens;

        public DocumentLayers Produces => DocumentLayers.Entities;

        public void Process(AnalysisContext context, CancellationToken cancellationToken)
        {
            LastText = context.Text;
            foreach (var (surface, label) in _mentions)
            {
                int start = context.Text.IndexOf(surface, StringComparison.Ordinal);
                context.AddEntity(new EntityMention(start, start + surface.Length, label, surface, 1.0, EntitySource.Pattern));
            }
        }
    }
}

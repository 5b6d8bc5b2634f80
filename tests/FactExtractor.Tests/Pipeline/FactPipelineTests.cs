using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactExtractor.Entities;
using FactExtractor.Facts;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Tests.Pipeline;

public class FactPipelineTests
{
    private const string Article = "Renault opens new line\n\nNissan will invest €600 million in Ampere. “We are ready,” said Mr. Tanaka.";

    [Fact]
    public void Default_pipeline_tokenizes_and_splits()
    {
        Document document = FactPipeline.CreateDefault().Extract(Article, "a1", new DateOnly(2023, 11, 8));

        Assert.Equal("a1", document.Id);
        Assert.Equal(new DateOnly(2023, 11, 8), document.Published);
        Assert.Equal(3, document.Sentences.Length);
        Assert.Equal("Renault opens new line", document.Slice(document.Sentences[0].Span).ToString());
        Assert.Equal("“We are ready,” said Mr. Tanaka.", document.Slice(document.Sentences[2].Span).ToString());
        Assert.Contains(document.Entities, e => e.Label == EntityLabel.Money && e.Value == new MoneyValue(600_000_000m, "EUR"));
        Assert.Contains(document.Entities, e => e.Label == EntityLabel.Person && e.Name == "Tanaka");
        Assert.Equal(["investment", "quote"], document.Facts.Select(f => f.Type).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Default_is_shared_and_created_once()
    {
        Assert.Same(FactPipeline.Default, FactPipeline.Default);
        Assert.Equal(["tokenizer", "sentence-splitter", "entities", "investment", "productionAgreement", "siteList", "quote"], FactPipeline.Default.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Build_rejects_a_splitter_before_the_tokenizer()
    {
        var builder = new FactPipelineBuilder().UseSentenceSplitter(NewsSentenceSplitter.Default).UseTokenizer(NewsTokenizer.Default);

        var error = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.Contains("sentence-splitter", error.Message, StringComparison.Ordinal);
        Assert.Contains("Tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_two_tokenizers()
    {
        var builder = new FactPipelineBuilder().UseTokenizer(NewsTokenizer.Default).UseTokenizer(NewsTokenizer.Default);

        var error = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.Contains("already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_an_extractor_whose_entities_no_stage_produces()
    {
        var builder = new FactPipelineBuilder().UseTokenizer(NewsTokenizer.Default).UseSentenceSplitter(NewsSentenceSplitter.Default)
            .AddFactExtractor(new FirstWordFactExtractor());

        var error = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.Contains("first-word", error.Message, StringComparison.Ordinal);
        Assert.Contains("Entities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stages_add_layers_in_order_and_later_stages_see_earlier_layers()
    {
        FactPipeline pipeline = new FactPipelineBuilder()
            .UseTokenizer(NewsTokenizer.Default)
            .UseSentenceSplitter(NewsSentenceSplitter.Default)
            .AddEntityRecognizer(new CapitalisedWordRecognizer())
            .AddFactExtractor(new FirstWordFactExtractor())
            .Build();

        Document document = pipeline.Extract("Renault and Nissan agree.");

        Assert.Equal(["Renault", "Nissan"], document.Entities.Select(e => document.Slice(e.Span).ToString()));
        MentionFact fact = Assert.IsType<MentionFact>(Assert.Single(document.Facts));
        Assert.Equal("Renault", fact.Name);
    }

    [Fact]
    public void A_stage_cannot_replace_an_earlier_layer()
    {
        var context = new AnalysisContext("One two.");
        new TokenizerStage(NewsTokenizer.Default).Process(context, CancellationToken.None);

        Assert.Throws<InvalidOperationException>(() => context.SetTokens(NewsTokenizer.Default.Tokenize("One two.")));
    }

    [Fact]
    public void A_mention_outside_the_text_is_rejected()
    {
        var context = new AnalysisContext("Short.");

        Assert.Throws<ArgumentOutOfRangeException>(() => context.AddEntity(new EntityMention(2, 40, EntityLabel.Org, "x", 0.5, EntitySource.Pattern)));
    }

    [Fact]
    public void Remove_drops_a_stage_by_name()
    {
        FactPipeline pipeline = FactPipelineBuilder.CreateDefault()
            .Remove("quote").Remove("siteList").Remove("productionAgreement").Remove("investment")
            .Remove("entities").Remove("sentence-splitter").Build();

        Document document = pipeline.Extract("One. Two.");

        Assert.Equal(4, document.Tokens.Length);
        Assert.Empty(document.Sentences);
        Assert.Empty(document.Entities);
        Assert.Throws<PipelineConfigurationException>(() => FactPipelineBuilder.CreateDefault().Remove("sentence-splitter").Build());
        Assert.Throws<PipelineConfigurationException>(() => FactPipelineBuilder.CreateDefault().Remove("entities").Build());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void TryExtract_reports_empty_text(string text)
    {
        ExtractionResult result = FactPipeline.Default.TryExtract(new DocumentInput(text, "empty"));

        Assert.False(result.IsSuccess);
        Assert.Equal(ExtractionErrorCodes.EmptyDocument, result.Error!.Code);
        Assert.Equal("empty", result.Id);
    }

    [Fact]
    public void Extract_of_empty_text_gives_an_empty_document()
    {
        Document document = FactPipeline.Default.Extract(string.Empty);

        Assert.Empty(document.Tokens);
        Assert.Empty(document.Sentences);
    }

    [Fact]
    public void Texts_over_the_limit_are_refused()
    {
        FactPipeline pipeline = FactPipelineBuilder.CreateDefault().WithMaxCharacters(10).Build();

        ExtractionResult result = pipeline.TryExtract(new DocumentInput("This text is longer than ten characters."));

        Assert.Equal(ExtractionErrorCodes.DocumentTooLarge, result.Error!.Code);
        Assert.Throws<ArgumentException>(() => pipeline.Extract("This text is longer than ten characters."));
    }

    [Fact]
    public void A_failing_stage_becomes_an_error_result()
    {
        FactPipeline pipeline = FactPipelineBuilder.CreateDefault().AddEntityRecognizer(new ThrowingRecognizer()).Build();
        Assert.Equal(FactPipeline.Default.Stages.Count, pipeline.Stages.Count);
        Assert.Contains(pipeline.Stages.OfType<EntityRecognitionStage>().Single().Recognizers, r => r is ThrowingRecognizer);

        ExtractionResult result = pipeline.TryExtract(new DocumentInput("Some text.", "bad"));

        Assert.Equal(ExtractionErrorCodes.StageFailed, result.Error!.Code);
        Assert.Contains("boom", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_is_not_turned_into_an_error_result()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => FactPipeline.Default.TryExtract(new DocumentInput("Some text."), cancellation.Token));
    }

    [Fact]
    public void Parallel_use_gives_the_same_result_as_sequential_use()
    {
        string[] texts = System.IO.Directory.GetFiles(TestPaths.SampleArticles, "*.txt").Select(System.IO.File.ReadAllText).ToArray();
        FactPipeline pipeline = FactPipeline.CreateDefault();
        string[] sequential = texts.Select(t => Describe(pipeline.Extract(t))).ToArray();

        var parallel = new string[texts.Length * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(pipeline.Extract(texts[i % texts.Length])));

        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % texts.Length], parallel[i]);
        }
    }

    private static string Describe(Document document) =>
        string.Join(";", document.Tokens.Select(t => $"{t.Start}-{t.End}{t.Kind}")) + "|" + string.Join(";", document.Sentences.Select(s => $"{s.Start}-{s.End}"))
        + "|" + string.Join(";", document.Entities.Select(e => $"{e.Start}-{e.End}{e.Label}{e.Name}{e.Value}{e.Confidence}"));

    private sealed class CapitalisedWordRecognizer : IEntityRecognizer
    {
        public string Name => "capitalised";

        public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

        public void Recognize(Document document, ICollection<EntityMention> output)
        {
            foreach (Token token in document.Tokens)
            {
                if (token.Kind == TokenKind.Word && char.IsUpper(document.Text[token.Start]))
                {
                    output.Add(new EntityMention(token.Start, token.End, EntityLabel.Org, token.GetText(document.Text), 0.5, EntitySource.Pattern));
                }
            }
        }
    }

    private sealed class ThrowingRecognizer : IEntityRecognizer
    {
        public string Name => "throwing";

        public DocumentLayers Requires => DocumentLayers.Tokens;

        public void Recognize(Document document, ICollection<EntityMention> output) => throw new InvalidOperationException("boom");
    }

    private sealed record MentionFact(string Name, TextSpan Evidence) : Fact(Evidence, 0.5, "test.first-word")
    {
        public override string Type => "mention";
    }

    private sealed class FirstWordFactExtractor : IFactExtractor
    {
        public string Name => "first-word";

        public DocumentLayers Requires => DocumentLayers.Entities;

        public void Extract(Document document, ICollection<Fact> output)
        {
            EntityMention first = document.Entities[0];
            output.Add(new MentionFact(first.Name, first.Span));
        }
    }
}

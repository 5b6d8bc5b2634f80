using System.Linq;
using FactExtractor.Tokenization;
using static FactExtractor.Tests.Tokenization.TokenizerTestHelpers;

namespace FactExtractor.Tests.Tokenization;

/// <summary>
/// Table-driven tests for <see cref="NewsSentenceSplitter"/>, one theory per construction. Every input is a short
/// text written for the construction; the expected sentences are joined by " ‖ ".
/// </summary>
public sealed class NewsSentenceSplitterTests
{
    // ---------------------------------------------------------------- final marks

    [Theory]
    [InlineData("Renault opened a plant. It employs 500 people.", "Renault opened a plant. ‖ It employs 500 people.")]
    [InlineData("Sales rose! Profits fell.", "Sales rose! ‖ Profits fell.")]
    [InlineData("Why now? Nobody knows.", "Why now? ‖ Nobody knows.")]
    [InlineData("He paused… Then he left.", "He paused… ‖ Then he left.")]
    [InlineData("Sales rose... Then they fell.", "Sales rose... ‖ Then they fell.")]
    [InlineData("It ended. 2024 was a record.", "It ended. ‖ 2024 was a record.")]
    [InlineData("He left. “We will return,” he said.", "He left. ‖ “We will return,” he said.")]
    [InlineData("It closed. (The site reopened later.)", "It closed. ‖ (The site reopened later.)")]
    [InlineData("It worked! (Mostly.)", "It worked! ‖ (Mostly.)")]
    [InlineData("Is it real?! Yes.", "Is it real?! ‖ Yes.")]
    public void FinalMark_BeforeSentenceStart_Splits(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("He said… and then he left.", "He said… and then he left.")]
    [InlineData("Prices rose... and fell again.", "Prices rose... and fell again.")]
    [InlineData("It rose. and it kept rising.", "It rose. and it kept rising.")]
    [InlineData("What now? we asked ourselves.", "What now? we asked ourselves.")]
    public void FinalMark_BeforeLowerCaseWord_DoesNotSplit(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    // ---------------------------------------------------------------- closing quotes and brackets

    [Theory]
    [InlineData("He left.” Then she spoke.", "He left.” ‖ Then she spoke.")]
    [InlineData("(It opened in 2019.) Next came Douai.", "(It opened in 2019.) ‖ Next came Douai.")]
    [InlineData("She said: “It works.” The board agreed.", "She said: “It works.” ‖ The board agreed.")]
    [InlineData("He said: \"It is over.\" Nobody replied.", "He said: \"It is over.\" ‖ Nobody replied.")]
    [InlineData("(See the report.) It is long.", "(See the report.) ‖ It is long.")]
    [InlineData("Output rose [sharply.] Costs fell.", "Output rose [sharply.] ‖ Costs fell.")]
    public void ClosingQuotesAndBrackets_BelongToSentenceBefore(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    // ---------------------------------------------------------------- quotations

    [Theory]
    [InlineData("“We are ready,” she said.", "“We are ready,” she said.")]
    [InlineData("“We build. We sell,” he said. Next one.", "“We build. ‖ We sell,” he said. ‖ Next one.")]
    [InlineData("“Why now?” Senard asked.", "“Why now?” Senard asked.")]
    [InlineData("“Why now?” The answer came later.", "“Why now?” ‖ The answer came later.")]
    [InlineData("“Enough!” Tanaka said.", "“Enough!” Tanaka said.")]
    [InlineData("“Is it late?” she asked.", "“Is it late?” she asked.")]
    [InlineData("“What next?” It was unclear.", "“What next?” ‖ It was unclear.")]
    [InlineData("“Is it safe?” Smith asked. “Yes.”", "“Is it safe?” Smith asked. ‖ “Yes.”")]
    public void Quotations(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    // ---------------------------------------------------------------- abbreviations

    [Theory]
    [InlineData("Mr. Tanaka arrived.", "Mr. Tanaka arrived.")]
    [InlineData("Dr. Smith spoke.", "Dr. Smith spoke.")]
    [InlineData("It ranked No. 3 in sales.", "It ranked No. 3 in sales.")]
    [InlineData("Wolfsburg vs. Emden is the question.", "Wolfsburg vs. Emden is the question.")]
    [InlineData("Some sites, e.g. the plant in Douai, grew.", "Some sites, e.g. the plant in Douai, grew.")]
    [InlineData("Brands, e.g. Dacia, grew.", "Brands, e.g. Dacia, grew.")]
    [InlineData("It builds approx. 50 cars a day.", "It builds approx. 50 cars a day.")]
    [InlineData("Prof. Weber agreed.", "Prof. Weber agreed.")]
    [InlineData("Mrs. Lee and Ms. Chen met.", "Mrs. Lee and Ms. Chen met.")]
    [InlineData("St. Louis is nearby.", "St. Louis is nearby.")]
    [InlineData("He met Dr. The Anh Nguyen.", "He met Dr. The Anh Nguyen.")]
    public void TitlesAndReferences_NeverEndSentence(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("J. D. Power said.", "J. D. Power said.")]
    [InlineData("John F. Kennedy spoke there.", "John F. Kennedy spoke there.")]
    [InlineData("J.D. Power ranked it first.", "J.D. Power ranked it first.")]
    public void Initials_DoNotEndSentence(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("He works for Apple Inc. The firm grew.", "He works for Apple Inc. ‖ The firm grew.")]
    [InlineData("Sales rose in the U.S. The plant is new.", "Sales rose in the U.S. ‖ The plant is new.")]
    [InlineData("It sells cars, vans, etc. But margins fell.", "It sells cars, vans, etc. ‖ But margins fell.")]
    [InlineData("He joined Tata Ltd. It was his first job.", "He joined Tata Ltd. ‖ It was his first job.")]
    [InlineData("It opened in the U.K. Meanwhile, sales rose.", "It opened in the U.K. ‖ Meanwhile, sales rose.")]
    [InlineData("He left in Dec. We stayed.", "He left in Dec. ‖ We stayed.")]
    [InlineData("He joined Acme Co. In 2020 he left.", "He joined Acme Co. ‖ In 2020 he left.")]
    [InlineData("He joined Acme Inc. “It is great,” he said.", "He joined Acme Inc. ‖ “It is great,” he said.")]
    public void MaybeFinalAbbreviation_BeforeSentenceStarter_Splits(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("Ford Motor Co. said on Monday it would hire.", "Ford Motor Co. said on Monday it would hire.")]
    [InlineData("On Nov. 6 the plant opened.", "On Nov. 6 the plant opened.")]
    [InlineData("Acme Corp. Chief Executive Jane Doe said so.", "Acme Corp. Chief Executive Jane Doe said so.")]
    [InlineData("The U.S. Treasury agreed.", "The U.S. Treasury agreed.")]
    [InlineData("It launched on Jan. 15 in Paris.", "It launched on Jan. 15 in Paris.")]
    [InlineData("Shares of Acme Inc. rose.", "Shares of Acme Inc. rose.")]
    [InlineData("It lobbied the U.S. Senate for years.", "It lobbied the U.S. Senate for years.")]
    [InlineData("Acme Motors Ltd. Chairman N. Rao spoke.", "Acme Motors Ltd. Chairman N. Rao spoke.")]
    public void MaybeFinalAbbreviation_OtherwiseDoesNotSplit(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    // ---------------------------------------------------------------- numbers

    [Theory]
    [InlineData("It grew 4.5 percent.", "It grew 4.5 percent.")]
    [InlineData("Sales rose 4.5 percent. Costs fell.", "Sales rose 4.5 percent. ‖ Costs fell.")]
    [InlineData("It sold 1,200,000 cars in 2023. Exports rose.", "It sold 1,200,000 cars in 2023. ‖ Exports rose.")]
    [InlineData("Revenue hit $4.33bn. It rose.", "Revenue hit $4.33bn. ‖ It rose.")]
    [InlineData("The ID.3 sold well. The ID.4 did too.", "The ID.3 sold well. ‖ The ID.4 did too.")]
    [InlineData("Version 2.0 launched. It sold.", "Version 2.0 launched. ‖ It sold.")]
    public void NumbersAndDecimals_DoNotSplit(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    // ---------------------------------------------------------------- lines and paragraphs

    [Theory]
    [InlineData("Renault opens Douai plant\n\nThe carmaker said it would hire.", "Renault opens Douai plant ‖ The carmaker said it would hire.")]
    [InlineData("Record sales for Dacia\n\nsales rose again in May.", "Record sales for Dacia ‖ sales rose again in May.")]
    [InlineData("First paragraph here\n\n\nSecond paragraph here", "First paragraph here ‖ Second paragraph here")]
    [InlineData("Sales rose 5%\r\n\r\nCosts fell.", "Sales rose 5% ‖ Costs fell.")]
    [InlineData("Mr.\n\nTanaka left.", "Mr. ‖ Tanaka left.")]
    [InlineData("It cost about\n\n$5 billion.", "It cost about ‖ $5 billion.")]
    public void BlankLine_AlwaysEndsSentence(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("The company said on Monday that it\nwould invest more.", "The company said on Monday that it\nwould invest more.")]
    [InlineData("The board met in Paris and agreed\nto raise the dividend.", "The board met in Paris and agreed\nto raise the dividend.")]
    [InlineData("The new plant near Douai in northern France, which\nRenault opened in 2021, will grow.", "The new plant near Douai in northern France, which\nRenault opened in 2021, will grow.")]
    public void SingleNewline_InWrappedProse_DoesNotSplit(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("Highlights:\n- sales rose\n- costs fell", "Highlights: ‖ - sales rose ‖ - costs fell")]
    [InlineData("• Douai\n• Maubeuge", "• Douai ‖ • Maubeuge")]
    [InlineData("* one item\n* another item", "* one item ‖ * another item")]
    [InlineData("Options:\na) lease\nb) buy", "Options: ‖ a) lease ‖ b) buy")]
    [InlineData("Plants:\n1. Douai\n2. Maubeuge", "Plants: ‖ 1. Douai ‖ 2. Maubeuge")]
    [InlineData("1. Douai builds vans\n2. Cléon builds motors", "1. Douai builds vans ‖ 2. Cléon builds motors")]
    public void SingleNewline_BeforeListItem_Splits(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("Renault opens Douai plant\nThe carmaker said it would hire 500 people.", "Renault opens Douai plant ‖ The carmaker said it would hire 500 people.")]
    [InlineData("Dacia sales jump\nDacia sold more cars than ever in May.", "Dacia sales jump ‖ Dacia sold more cars than ever in May.")]
    public void SingleNewline_AfterHeadline_Splits(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    // ---------------------------------------------------------------- whitespace and coverage

    [Theory]
    [InlineData("  Sales rose.   Costs fell.  ", "Sales rose. ‖ Costs fell.")]
    [InlineData("Sales rose.\tCosts fell.", "Sales rose. ‖ Costs fell.")]
    [InlineData("\n\nSales rose.\n\n", "Sales rose.")]
    public void Sentences_DoNotStartOrEndWithWhitespace(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void EmptyText_HasNoSentences() =>
        Assert.Equal(string.Empty, Sentences(string.Empty));

    [Theory]
    [InlineData("Renault opens Douai plant\n\n“We build. We sell,” Mr. Tanaka said. He works for Apple Inc. The firm grew 4.5 percent… and more.\n- one\n- two")]
    [InlineData("  “Why now?” Senard asked.  (It opened in 2019.) Next one!  ")]
    public void EveryToken_BelongsToExactlyOneSentence(string text)
    {
        var tokens = NewsTokenizer.Default.Tokenize(text);
        var sentences = NewsSentenceSplitter.Default.Split(text, tokens);

        Assert.Equal(tokens.Length, sentences.Sum(s => s.TokenCount));
        var next = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            next = sentence.EndToken;
        }

        Assert.Equal(tokens.Length, next);
    }
}

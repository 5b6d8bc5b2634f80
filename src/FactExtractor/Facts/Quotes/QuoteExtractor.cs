using System;
using System.Collections.Generic;
using FactExtractor.Entities;
using FactExtractor.Entities.Lexicons;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Facts.Quotes;

/// <summary>
/// Finds quotations and their speakers. Quotation marks are paired per paragraph — curly, straight and guillemets; single
/// quotes only inside double ones or for long attributed quotations — and a paragraph that opens a quotation without
/// closing it continues into the next paragraph that opens with a quotation mark. Unattributed quotations of one to three
/// words are scare quotes, not quotes. The speaker is found after the quotation (<c>”, said X</c>, <c>”, X said</c>,
/// <c>” says the press release</c>), before it (<c>X said: “</c>, <c>according to X, “</c>, <c>a mail indicating that “</c>),
/// or inherited from the quotation just before (<c>“A,” she said. “B.”</c>); pronouns resolve to the last person
/// (he, she) or organisation (it, they, the company) named, descriptions are kept as written ("the press release").
/// A quotation of one to three words counts only when a speech verb attributes it.
/// A quotation inside a sentence with no speech verb is given to the sentence's subject, with lower confidence.
/// </summary>
public sealed class QuoteExtractor : IFactExtractor
{
    private const int MaxAttributionTokens = 14;
    private const int MinQuoteWords = 4;

    // A one-word quotation between two capitalised words with only spaces around it: a nickname inside a name.
    private static bool IsNickname(string text, Quotation quotation)
    {
        if (quotation.Words != 1 || quotation.Start < 2 || quotation.End + 1 >= text.Length || text[quotation.Start - 1] != ' ' || text[quotation.End] != ' ')
        {
            return false;
        }

        return char.IsUpper(text[quotation.ContentStart]) && char.IsLetter(text[quotation.Start - 2]) && char.IsUpper(text[quotation.End + 1])
            && LastWordCapitalised(text, quotation.Start - 2);
    }

    // Whether the word ending at index <paramref name="last"/> starts with a capital.
    private static bool LastWordCapitalised(string text, int last)
    {
        int k = last;
        while (k > 0 && char.IsLetter(text[k - 1]))
        {
            k--;
        }

        return char.IsUpper(text[k]);
    }

    private static readonly SpanLookup MalePronouns = new(["he", "He", "him"]);
    private static readonly SpanLookup FemalePronouns = new(["she", "She", "her"]);
    private static readonly SpanLookup GroupPronouns = new(["it", "It", "they", "They", "we", "We"]);
    private static readonly SpanLookup Determiners = new(["the", "The", "a", "A", "an", "An", "its", "Its", "their", "Their", "one", "One"]);
    private static readonly SpanLookup CompanyNouns = new(["company", "group", "carmaker", "automaker", "firm", "manufacturer", "supplier", "start-up", "startup", "maker", "Group", "brand"]);
    private static readonly SpanLookup ReportingParticiples = new(["indicating", "stating", "saying", "reading", "declaring", "announcing", "explaining", "noting", "adding", "warning"]);
    private static readonly SpanLookup NamingVerbs = new(["calls", "called", "call", "described", "describes", "describe", "dubbed", "dubs", "termed", "terms", "branded", "labelled", "labeled"]);

    private static readonly SpanLookup SkippableAdverbs = new(["then", "also", "only", "later", "again", "simply", "quickly", "finally", "bluntly", "once", "recently", "previously", "earlier"]);

    private readonly SpanLookup _speechVerbs;

    /// <summary>Creates the extractor with the built-in speech verbs.</summary>
    public QuoteExtractor()
        : this(BuiltInLexicons.SpeechVerbs)
    {
    }

    /// <summary>Creates the extractor.</summary>
    /// <param name="speechVerbs">Verbs that attribute speech, in all their forms.</param>
    public QuoteExtractor(IEnumerable<string> speechVerbs)
    {
        _speechVerbs = new SpanLookup(speechVerbs ?? throw new ArgumentNullException(nameof(speechVerbs)));
    }

    /// <inheritdoc />
    public string Name => "quote";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Entities;

    /// <inheritdoc />
    public void Extract(Document document, ICollection<Fact> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var context = new Attribution(document, _speechVerbs);
        if (document.Text.AsSpan().IndexOfAny("\"“”«»„") < 0 && document.Text.IndexOf('\'') < 0 && document.Text.IndexOf('‘') < 0)
        {
            AddUnquotedAnswers(document, context, output);
            return;
        }

        List<Quotation> quotations = QuotationFinder.Find(document);
        QuoteFact? previous = null;
        Quotation? previousQuotation = null;
        foreach (Quotation quotation in quotations)
        {
            // One to three words are a scare quote unless a speech verb right beside them attributes them (“We are ready,” she
            // said), not one earlier in the sentence ("Joby said it continues to make “important progress” towards …"); a
            // nickname inside a name ("said Tetsuo “Ted” Ogawa") is none either.
            Speaker? speaker = context.After(quotation) ?? context.Before(quotation);

            // "“It's a small number,” said Thomas Adler, an analyst, “but …”": the second part of a split quotation.
            if (speaker is null && previous?.Speaker is not null && previousQuotation is { } split && context.SameSentence(split, quotation)
                && context.Continues(split, quotation))
            {
                speaker = new Speaker(previous.Speaker, previous.Cue, "quote.continued", 0.85, split.AttributionEnd);
            }

            if (quotation.Words < MinQuoteWords && (speaker?.Cue is null || IsNickname(document.Text, quotation)))
            {
                continue;
            }

            speaker ??= context.EarlierInSentence(quotation) ?? context.BeforeColon(quotation);

            string rule = speaker?.Rule ?? string.Empty;
            if (speaker is null && !quotation.IsSingle && previous?.Speaker is not null && previousQuotation is { } last && context.Continues(last, quotation))
            {
                speaker = new Speaker(previous.Speaker, previous.Cue, "quote.continued", 0.8, last.AttributionEnd);
                rule = speaker.Rule;
            }

            if (speaker is null && quotation.IsSingle)
            {
                continue;
            }

            // "Shalini Raghavan said the company had turned down offers.\n\n“We have spent four years …”": a quotation
            // opening the paragraph after one whose last sentence reports what a person said.
            if (speaker is null && context.ReportedBefore(quotation) is { } reporter)
            {
                speaker = reporter;
                rule = speaker.Rule;
            }

            // An answer in a question-and-answer interview: the quotation opens the paragraph after a question.
            if (speaker is null && context.AnswersQuestion(quotation) && context.Interviewee() is { } interviewee)
            {
                speaker = new Speaker(EntityRef.From(document, interviewee), null, "quote.interview-answer", 0.6, quotation.Start);
                rule = speaker.Rule;
            }

            speaker ??= context.Subject(quotation);
            int evidenceStart = Math.Min(quotation.Start, speaker?.Start ?? quotation.Start);
            int evidenceEnd = Math.Max(quotation.End, speaker?.End ?? quotation.End);
            var fact = new QuoteFact(
                speaker?.Entity,
                quotation.Text,
                new TextSpan(quotation.ContentStart, quotation.ContentEnd),
                speaker?.Cue,
                Direct: true,
                new TextSpan(evidenceStart, evidenceEnd),
                speaker?.Confidence ?? 0.6,
                speaker is null ? "quote.unattributed" : rule);
            output.Add(fact);
            previous = fact;
            quotation.AttributionEnd = evidenceEnd;
            previousQuotation = quotation;
        }

        AddUnquotedAnswers(document, context, output);
    }

    // The answers of a question-and-answer interview printed without quotation marks: a paragraph right after one that
    // ends with a question mark, where the document has at least two such pairs, is the interviewee's words. Answers with
    // quotation marks of their own are left to the quotations.
    private static void AddUnquotedAnswers(Document document, Attribution context, ICollection<Fact> output)
    {
        string text = document.Text;
        if (text.IndexOf('?') < 0)
        {
            return;
        }

        List<(int Start, int End)> paragraphs = Paragraphs(text);
        var answers = new List<(int Start, int End)>();
        for (int p = 1; p < paragraphs.Count; p++)
        {
            (int qStart, int qEnd) = paragraphs[p - 1];
            (int aStart, int aEnd) = paragraphs[p];
            ReadOnlySpan<char> question = text.AsSpan(qStart, qEnd - qStart).TrimEnd(" \t*_");
            ReadOnlySpan<char> answer = text.AsSpan(aStart, aEnd - aStart);
            if (question.Length is > 0 and < 400 && question[^1] == '?' && answer.TrimEnd(" \t*_") is { Length: > 1 } trimmed && trimmed[^1] != '?'
                && answer.IndexOfAny("\"“”«»„") < 0)
            {
                answers.Add((aStart, aEnd));
            }
        }

        // Three answered questions make an interview; two do where the opening says so ("Q&A", "interview", "spoke to"). Two
        // rhetorical questions in a report ("And Ampere in this?") do not.
        if (answers.Count < 2 || (answers.Count < 3 && !OpensAsInterview(text)) || context.Interviewee() is not { } interviewee)
        {
            return;
        }

        EntityRef speaker = EntityRef.From(document, interviewee);
        foreach ((int start, int end) in answers)
        {
            var span = new TextSpan(start, end);
            output.Add(new QuoteFact(speaker, text[start..end], span, null, Direct: true, span, 0.55, "quote.interview-unquoted-answer"));
        }
    }

    private static bool OpensAsInterview(string text)
    {
        ReadOnlySpan<char> opening = text.AsSpan(0, Math.Min(text.Length, 800));
        return opening.Contains("Q&A", StringComparison.Ordinal) || opening.Contains("Q & A", StringComparison.Ordinal)
            || opening.Contains("interview", StringComparison.OrdinalIgnoreCase) || opening.Contains("spoke to", StringComparison.OrdinalIgnoreCase)
            || opening.Contains("talked to", StringComparison.OrdinalIgnoreCase) || opening.Contains("sat down with", StringComparison.OrdinalIgnoreCase)
            || opening.Contains("we met", StringComparison.OrdinalIgnoreCase) || opening.Contains("questions", StringComparison.OrdinalIgnoreCase);
    }

    // Paragraphs as character spans, blank lines between them; surrounding white space excluded.
    private static List<(int Start, int End)> Paragraphs(string text)
    {
        var paragraphs = new List<(int Start, int End)>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            int start = i;
            int end = i;
            while (i < text.Length)
            {
                int lineEnd = text.IndexOf('\n', i);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                if (!text.AsSpan(i, lineEnd - i).IsWhiteSpace())
                {
                    end = lineEnd;
                    i = Math.Min(text.Length, lineEnd + 1);
                    continue;
                }

                break;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            paragraphs.Add((start, end));
        }

        return paragraphs;
    }

    /// <summary>A speaker found for a quotation, with where the attribution lies.</summary>
    private sealed record Speaker(EntityRef? Entity, string? Cue, string Rule, double Confidence, int Start, int End = -1)
    {
        public int End { get; init; } = End < 0 ? Start : End;
    }

    /// <summary>Finds who said a quotation, from the tokens and entities around it.</summary>
    private sealed class Attribution
    {
        private readonly Document _document;
        private readonly SpanLookup _speechVerbs;

        public Attribution(Document document, SpanLookup speechVerbs)
        {
            _document = document;
            _speechVerbs = speechVerbs;
        }

        private ReadOnlySpan<char> Text => _document.Text;

        private ReadOnlySpan<Token> Tokens => _document.Tokens.AsSpan();

        // ”, said Luca de Meo  |  ”, de Meo concluded  |  ” says the press release  |  ”, he continued
        public Speaker? After(Quotation quotation)
        {
            int i = TokenAtOrAfter(quotation.End);
            int limit = Math.Min(Tokens.Length, i + MaxAttributionTokens);
            if (i < Tokens.Length && Word(i) is "," or "." && Tokens[i].Start == quotation.End)
            {
                i++;
            }

            if (i >= Tokens.Length || LineBreakBetween(quotation.End, Tokens[i].Start))
            {
                return null;
            }

            // Verb first: "said Luca de Meo", "says the press release", "explains the press release"
            if (_speechVerbs.Contains(Word(i)))
            {
                // "said Koyama president Hiroshi Tanabe", "said Serrana's chief executive Rafael Menegotto": the person after
                // a company and a title.
                // "said co-founder and CEO Neha Palmer": the person after lower-case titles.
                Speaker? subject = (MentionStartingAt(Tokens[Math.Min(i + 1, Tokens.Length - 1)].Start) is { Label: EntityLabel.Org } ? PersonBefore(i + 1, Math.Min(limit, i + 7)) : null)
                    ?? PersonAfterTitles(i + 1, Math.Min(limit, i + 8))
                    ?? PersonAfterTitleWord(i + 1, Math.Min(limit, i + 10))
                    ?? SpeakerAt(i + 1, limit, quotation.Start);
                return subject is null ? null : subject with { Cue = Word(i).ToString(), Rule = "quote.after.verb-speaker" };
            }

            // "”, Dong-Myung Kim, president and head of the battery division of LG Energy Solution, said": a person whose
            // apposition runs past the usual reach, closed by a comma before the speech verb.
            if (MentionStartingAt(Tokens[i].Start) is { Label: EntityLabel.Person } person && TokenAtOrAfter(person.End) is var afterPerson
                && afterPerson < Tokens.Length && Word(afterPerson) is ",")
            {
                for (int c = afterPerson + 1; c < Tokens.Length && c < afterPerson + 32; c++)
                {
                    if (Tokens[c].Kind is TokenKind.Quote || Word(c) is "." or "!" or "?" or ";")
                    {
                        break;
                    }

                    if (Word(c) is "," && c + 1 < Tokens.Length && _speechVerbs.Contains(Word(c + 1)))
                    {
                        return new Speaker(EntityRef.From(_document, person), Word(c + 1).ToString(), "quote.after.speaker-verb", 0.85, person.Start, Tokens[c + 1].End);
                    }
                }
            }

            // Speaker first: "de Meo concluded", "he continued", "Huayan said in a statement", "the manager says"
            for (int k = i; k < limit; k++)
            {
                if (Tokens[k].Kind is TokenKind.Quote || (Tokens[k].Kind == TokenKind.Punctuation && Word(k) is "." or "!" or "?" or ";"))
                {
                    return null;
                }

                if (_speechVerbs.Contains(Word(k)) && k > i)
                {
                    int subjectEnd = k;
                    while (subjectEnd > i && SkippableAdverbs.Contains(Word(subjectEnd - 1)))
                    {
                        subjectEnd--;
                    }

                    // "”, Daesan chief executive Park Ji-won told reporters": the person, not the company before the title.
                    Speaker? subject = PersonBetween(i, subjectEnd) ?? SpeakerEndingAt(i, subjectEnd, quotation.Start);
                    return subject is null ? null : subject with { Cue = Word(k).ToString(), Rule = "quote.after.speaker-verb", End = Tokens[k].End };
                }
            }

            return null;
        }

        // X said: “  |  X added, “  |  according to X, “  |  an internal mail indicating that “
        public Speaker? Before(Quotation quotation)
        {
            int q = TokenAtOrAfter(quotation.Start);
            int sentenceStart = SentenceOf(q).FirstToken;
            int k = q - 1;
            while (k >= sentenceStart && Word(k) is ":" or "," or "that")
            {
                k--;
            }

            if (k < sentenceStart)
            {
                return null;
            }

            // "according to X, “…”"
            for (int a = sentenceStart; a + 1 < q; a++)
            {
                if (Word(a) is "according" or "According" && Word(a + 1) is "to")
                {
                    Speaker? source = SpeakerAt(a + 2, q, quotation.Start);
                    if (source is not null)
                    {
                        return source with { Cue = "according to", Rule = "quote.before.according-to" };
                    }
                }
            }

            // "X told reporters at the plant: “", "X said in a statement on Monday: “": the verb a few words before the colon.
            if (Word(q - 1) is ":" && !_speechVerbs.Contains(Word(k)))
            {
                for (int v = k - 1; v >= sentenceStart && v >= k - 7; v--)
                {
                    if (_speechVerbs.Contains(Word(v)))
                    {
                        k = v;
                        break;
                    }

                    if (Tokens[v].Kind is TokenKind.Quote || Word(v) is "," or ";")
                    {
                        break;
                    }
                }
            }

            if (_speechVerbs.Contains(Word(k)) || ReportingParticiples.Contains(Word(k)))
            {
                int subjectEnd = k;
                while (subjectEnd > sentenceStart && SkippableAdverbs.Contains(Word(subjectEnd - 1)))
                {
                    subjectEnd--;
                }

                if (subjectEnd > sentenceStart && Word(subjectEnd - 1) is ",")
                {
                    subjectEnd--;
                }

                // "Wei Zhaolin, a senior vice-president at CATL …, said: “": the person, not the company in the apposition;
                // never a name inside an earlier quotation ("“With Kurobe,” he added, “…”").
                int subjectStart = Math.Max(sentenceStart, subjectEnd - 20);
                for (int b = subjectEnd - 1; b >= subjectStart; b--)
                {
                    if (Tokens[b].Kind == TokenKind.Quote && Word(b) is "“" or "”" or "\"" or "«" or "»" or "„")
                    {
                        subjectStart = b + 1;
                        break;
                    }
                }
                Speaker? subject = PersonBetween(subjectStart, subjectEnd)
                    ?? SpeakerEndingAt(Math.Max(subjectStart, subjectEnd - 8), subjectEnd, quotation.Start, nearest: true)
                    ?? PronounBetween(subjectStart, subjectEnd, quotation.Start);
                return subject is null ? null : subject with { Cue = Word(k).ToString(), Rule = "quote.before.speaker-verb" };
            }

            return null;
        }

        // "a spokeswoman said only that the company “regularly reviews” its options", "calls it “the expensive lesson”",
        // "described the deal as “a turning point”": a speech verb earlier in the sentence, its subject the speaker.
        public Speaker? EarlierInSentence(Quotation quotation)
        {
            int q = TokenAtOrAfter(quotation.Start);
            int sentenceStart = SentenceOf(q).FirstToken;
            for (int k = q - 1; k >= sentenceStart && k >= q - 14; k--)
            {
                if (Tokens[k].Kind == TokenKind.Quote)
                {
                    return null;
                }

                // A short phrase after "calls it" or "described … as" is a label, not a quote: "calls the project a “game changer”".
                if (!(_speechVerbs.Contains(Word(k)) || (NamingVerbs.Contains(Word(k)) && quotation.Words >= MinQuoteWords)))
                {
                    continue;
                }

                int subjectEnd = k;
                while (subjectEnd > sentenceStart && (SkippableAdverbs.Contains(Word(subjectEnd - 1)) || Word(subjectEnd - 1) is "has" or "have" or "had" or "will"))
                {
                    subjectEnd--;
                }

                // "She dismissed reports …, saying it had “…”": a participle's speaker is the subject of the main clause.
                // "The Spanish carmaker confirmed the move saying …": a company, or a company noun standing for the one named last
                // before the sentence, opening it.
                if (ReportingParticiples.Contains(Word(k)) && (PersonBetween(sentenceStart, Math.Min(k, sentenceStart + 4))
                    ?? PronounBetween(sentenceStart, Math.Min(k, sentenceStart + 2), quotation.Start)
                    ?? CompanyOpening(sentenceStart, k)) is { } mainSubject)
                {
                    return mainSubject with { Cue = Word(k).ToString(), Rule = "quote.earlier-verb" };
                }

                int subjectStart = Math.Max(sentenceStart, subjectEnd - 8);
                Speaker? subject = PersonBetween(subjectStart, subjectEnd)
                    ?? SpeakerEndingAt(subjectStart, subjectEnd, quotation.Start, nearest: true)
                    ?? PronounBetween(subjectStart, subjectEnd, quotation.Start);
                return subject is null ? null : subject with { Cue = Word(k).ToString(), Rule = "quote.earlier-verb" };
            }

            return null;
        }

        // "A works council member put it bluntly: “…”": the subject of the clause the colon ends.
        public Speaker? BeforeColon(Quotation quotation)
        {
            int q = TokenAtOrAfter(quotation.Start);
            Sentence sentence = SentenceOf(q);
            if (q - 1 < sentence.FirstToken || Word(q - 1) is not ":")
            {
                return null;
            }

            Speaker? subject = PersonBetween(sentence.FirstToken, q - 1) ?? SpeakerAt(sentence.FirstToken, q - 1, quotation.Start);
            return subject is null ? null : subject with { Cue = ":", Rule = "quote.before-colon" };
        }

        public Speaker? ReportedBefore(Quotation quotation)
        {
            int start = quotation.Start;
            if (start == 0 || Text[start - 1] is not ('\n' or '\r'))
            {
                return null;
            }

            int q = TokenAtOrAfter(start);
            int sentence = SentenceIndexOf(q) - 1;
            if (sentence < 0)
            {
                return null;
            }

            Sentence previous = _document.Sentences[sentence];
            if (Tokens[previous.EndToken - 1].Kind == TokenKind.Quote || Word(previous.EndToken - 1) is "?" || Word(previous.EndToken - 2) is "”" or "\"")
            {
                return null;
            }

            for (int k = previous.FirstToken + 1; k < previous.EndToken && k < previous.FirstToken + 16; k++)
            {
                if (_speechVerbs.Contains(Word(k)) && PersonBetween(previous.FirstToken, k) is { } person)
                {
                    return person with { Cue = Word(k).ToString(), Rule = "quote.after-reported-speech", Confidence = 0.7 };
                }
            }

            // "…, and Morimoto admits it tested the company.\n\n“Mexico was a hard decision …”": a person right before a speech
            // verb later in the sentence.
            for (int k = previous.FirstToken + 16; k < previous.EndToken; k++)
            {
                if (_speechVerbs.Contains(Word(k)) && LastMentionBefore(Tokens[k].Start, EntityLabel.Person) is { } named && named.End == Tokens[k - 1].End)
                {
                    return new Speaker(EntityRef.From(_document, named), Word(k).ToString(), "quote.after-reported-speech", 0.65, named.Start, named.End);
                }
            }

            return null;
        }

        // The quotation opens its paragraph and the paragraph before it ends with a question mark ("**Why …?**").
        public bool AnswersQuestion(Quotation quotation)
        {
            ReadOnlySpan<char> text = Text;
            int start = quotation.Start;
            if (start > 0 && text[start - 1] is not ('\n' or '\r'))
            {
                return false;
            }

            int end = start - 1;
            while (end >= 0 && (char.IsWhiteSpace(text[end]) || text[end] is '*' or '_'))
            {
                end--;
            }

            return end >= 0 && text[end] == '?';
        }

        // The person an interview is with: the first person the document names (found once per document).
        public EntityMention? Interviewee()
        {
            if (!_intervieweeFound)
            {
                _intervieweeFound = true;
                foreach (EntityMention mention in _document.Entities)
                {
                    if (mention.Label == EntityLabel.Person)
                    {
                        _interviewee = mention;
                        break;
                    }
                }
            }

            return _interviewee;
        }

        private bool _intervieweeFound;
        private EntityMention? _interviewee;

        // "“A,” she said. “B.”": the next quotation in the same or the next paragraph, with nothing attributed between.
        public bool SameSentence(Quotation a, Quotation b) => SentenceIndexOf(TokenAtOrAfter(a.Start)) == SentenceIndexOf(TokenAtOrAfter(b.Start));

        public bool Continues(Quotation previous, Quotation next)
        {
            int from = Math.Max(previous.End, previous.AttributionEnd);
            if (next.Start < from)
            {
                return false;
            }

            int paragraphs = 0;
            for (int i = from; i < next.Start; i++)
            {
                if (Text[i] == '\n' && i + 1 < Text.Length && (Text[i + 1] == '\n' || (Text[i + 1] == '\r' && i + 2 < Text.Length && Text[i + 2] == '\n')))
                {
                    paragraphs++;
                }
            }

            if (paragraphs > 1)
            {
                return false;
            }

            // Anything may stand between ("He smiled.", "who has worked there for 17 years."), but not another person.
            for (int t = TokenAtOrAfter(from); t < Tokens.Length && Tokens[t].Start < next.Start; t++)
            {
                if (MentionStartingAt(Tokens[t].Start) is { Label: EntityLabel.Person })
                {
                    return false;
                }
            }

            return true;
        }

        // A quotation inside a sentence that has no speech verb ("X created Ampere, “a new model …”") goes to its subject.
        public Speaker? Subject(Quotation quotation)
        {
            int q = TokenAtOrAfter(quotation.Start);
            Sentence sentence = SentenceOf(q);
            if (FirstActorBetween(sentence.Start, quotation.Start) is { } subject)
            {
                return new Speaker(EntityRef.From(_document, subject), null, "quote.sentence-subject", 0.5, subject.Start, subject.End);
            }

            // "X created Ampere. The objective is … “with vehicles people can afford”": the previous sentence's subject,
            // when it stands in the same paragraph.
            int index = SentenceIndexOf(q);
            if (index > 0)
            {
                Sentence before = _document.Sentences[index - 1];
                if (!LineBreakBetween(before.End, sentence.Start) && FirstActorBetween(before.Start, before.End) is { } earlier)
                {
                    return new Speaker(EntityRef.From(_document, earlier), null, "quote.previous-subject", 0.4, earlier.Start, earlier.End);
                }

                // "Asked about “monozukuri”, he smiled. “It is a beautiful word …”": "he" or "she" as the subject of the sentence
                // before, in the same paragraph, is the person named last.
                if (!LineBreakBetween(before.End, sentence.Start) && PersonPronounSubject(before) is int pronoun
                    && Pronoun(pronoun, quotation.Start) is { Entity: not null } resolved && resolved.Entity.Label == EntityLabel.Person)
                {
                    return resolved with { Rule = "quote.previous-subject", Confidence = 0.5 };
                }
            }

            return null;
        }

        // "He smiled.", "Asked about it, she laughed.": "he"/"she" opening the sentence or its main clause after a comma; the token.
        private int? PersonPronounSubject(Sentence sentence)
        {
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if ((MalePronouns.Contains(Word(k)) || FemalePronouns.Contains(Word(k))) && Word(k) is not ("him" or "her")
                    && (k == sentence.FirstToken || Word(k - 1) is ","))
                {
                    return k;
                }
            }

            return null;
        }

        private EntityMention? FirstActorBetween(int from, int to)
        {
            ReadOnlySpan<EntityMention> mentions = _document.Entities.AsSpan();
            for (int m = MentionSearch.FirstStartingAtOrAfter(mentions, from); m < mentions.Length; m++)
            {
                EntityMention mention = mentions[m];
                if (mention.Start >= to)
                {
                    break;
                }

                int token = TokenAtOrAfter(mention.Start);
                if (mention.Start >= from && mention.End <= to && mention.Label is EntityLabel.Org or EntityLabel.Person
                    && !(token > 0 && Word(token - 1) is "("))
                {
                    return mention;
                }
            }

            return null;
        }

        private int SentenceIndexOf(int token)
        {
            ReadOnlySpan<Sentence> sentences = _document.Sentences.AsSpan();
            int lo = LastSentenceStartingAtOrBefore(token);
            return sentences.IsEmpty || token >= sentences[lo].EndToken ? -1 : lo;
        }

        // The last sentence whose first token is at or before the token (0 when none is).
        private int LastSentenceStartingAtOrBefore(int token)
        {
            ReadOnlySpan<Sentence> sentences = _document.Sentences.AsSpan();
            int lo = 0, hi = sentences.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) / 2;
                if (sentences[mid].FirstToken <= token)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return lo;
        }

        private Speaker? PersonBetween(int start, int end)
        {
            if (end <= start)
            {
                return null;
            }

            ReadOnlySpan<EntityMention> mentions = _document.Entities.AsSpan();
            for (int m = MentionSearch.FirstStartingAtOrAfter(mentions, Tokens[start].Start); m < mentions.Length; m++)
            {
                EntityMention mention = mentions[m];
                if (mention.Start >= Tokens[end - 1].End)
                {
                    break;
                }

                if (mention.Label == EntityLabel.Person)
                {
                    return new Speaker(EntityRef.From(_document, mention), null, string.Empty, 0.85, mention.Start, mention.End);
                }
            }

            return null;
        }

        // The first person between start and end, where no punctuation but a possessive stands before it.
        // The person after titles in lower case joined by "and" ("co-founder and CEO Neha Palmer", "chief executive officer
        // Jane Doe"); null where anything else comes first.
        private Speaker? PersonAfterTitles(int start, int end)
        {
            for (int k = start; k < end && k < Tokens.Length; k++)
            {
                if (MentionStartingAt(Tokens[k].Start) is { Label: EntityLabel.Person } person)
                {
                    return k > start ? new Speaker(EntityRef.From(_document, person), null, string.Empty, 0.85, person.Start, person.End) : null;
                }

                ReadOnlySpan<char> word = Word(k);
                if (Tokens[k].Kind != TokenKind.Word || !(word is "and" || Entities.Names.NameCues.Default.TitleWords.Contains(word)))
                {
                    return null;
                }
            }

            return null;
        }

        // "said Unifor Local 444 President James Stewart": the person right after a title word, past the organisation it
        // heads; null where punctuation comes first.
        private Speaker? PersonAfterTitleWord(int start, int end)
        {
            for (int k = start + 1; k < end && k < Tokens.Length; k++)
            {
                if (Tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote)
                {
                    return null;
                }

                if (MentionStartingAt(Tokens[k].Start) is { Label: EntityLabel.Person } person && Word(k - 1) is { Length: > 0 } title
                    && char.IsUpper(title[0]) && Entities.Names.NameCues.Default.TitleWords.Contains(title))
                {
                    return new Speaker(EntityRef.From(_document, person), null, string.Empty, 0.8, person.Start, person.End);
                }
            }

            return null;
        }

        private Speaker? PersonBefore(int start, int end)
        {
            for (int k = start; k < end && k < Tokens.Length; k++)
            {
                if (Tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote)
                {
                    return null;
                }

                if (MentionStartingAt(Tokens[k].Start) is { Label: EntityLabel.Person } person)
                {
                    return new Speaker(EntityRef.From(_document, person), null, string.Empty, 0.85, person.Start, person.End);
                }
            }

            return null;
        }

        private Speaker? PronounBetween(int start, int end, int quoteStart)
        {
            for (int i = start; i < end; i++)
            {
                if (Pronoun(i, quoteStart) is { } pronoun)
                {
                    return pronoun;
                }
            }

            return null;
        }

        // The speaker that starts at token i: a mention, a pronoun, or a description ("the press release", "a Renault top manager").
        // The company that opens a sentence before token <paramref name="limit"/>: its name, or "the Spanish carmaker" (up to
        // two describing words before a company noun) for the organisation named last before the sentence.
        private Speaker? CompanyOpening(int sentenceStart, int limit)
        {
            int i = Word(sentenceStart) is "The" or "the" ? sentenceStart + 1 : sentenceStart;
            if (i >= limit)
            {
                return null;
            }

            if (MentionStartingAt(Tokens[i].Start) is { Label: EntityLabel.Org } company)
            {
                return new Speaker(EntityRef.From(_document, company), null, string.Empty, 0.8, company.Start, company.End);
            }

            for (int k = i; k < limit && k <= i + 2; k++)
            {
                if (CompanyNouns.Contains(Word(k)) && i > sentenceStart && LastMentionBefore(Tokens[sentenceStart].Start, EntityLabel.Org) is { } named)
                {
                    int from = Tokens[sentenceStart].Start, to = Tokens[k].End;
                    return new Speaker(EntityRef.From(_document, named) with { Text = _document.Text[from..to], Start = from, End = to }, null, string.Empty, 0.6, from, to);
                }

                if (Tokens[k].Kind != TokenKind.Word || MentionStartingAt(Tokens[k].Start) is not null)
                {
                    return null;
                }
            }

            return null;
        }

        private Speaker? SpeakerAt(int i, int limit, int quoteStart)
        {
            if (i < limit && Entities.Names.NameCues.Honorifics.Contains(Word(i)))
            {
                i++;
            }

            if (i >= limit)
            {
                return null;
            }

            if (MentionStartingAt(Tokens[i].Start) is { } mention && mention.Label is EntityLabel.Person or EntityLabel.Org)
            {
                // "said EIB VP, Andrew McDowell", "added Northvolt co-founder and CEO, Peter Carlsson": the person the title
                // after the organisation introduces, past a comma.
                if (mention.Label == EntityLabel.Org && TitledPersonAfter(TokenAtOrAfter(mention.End), limit) is { } titled)
                {
                    return new Speaker(EntityRef.From(_document, titled), null, string.Empty, 0.85, mention.Start, titled.End);
                }

                return new Speaker(EntityRef.From(_document, mention), null, string.Empty, 0.9, mention.Start, mention.End);
            }

            if (Pronoun(i, quoteStart) is { } pronoun)
            {
                return pronoun;
            }

            return Description(i, limit, quoteStart);
        }

        // The person named after title words and a comma that start at token <paramref name="k"/> ("VP, Andrew McDowell"); null
        // where anything else comes first.
        private EntityMention? TitledPersonAfter(int k, int limit)
        {
            int first = k;
            while (k < limit && k < first + 6 && Tokens[k].Kind is TokenKind.Word && (Word(k) is "and" || Entities.Names.NameCues.Default.TitleWords.Contains(Word(k))))
            {
                k++;
            }

            return k > first && k + 1 < limit && Word(k) is "," && MentionStartingAt(Tokens[k + 1].Start) is { Label: EntityLabel.Person } person ? person : null;
        }

        // The speaker that ends just before token end: the last mention or pronoun, else the description that ends there.
        private Speaker? SpeakerEndingAt(int start, int end, int quoteStart, bool nearest = false)
        {
            if (end <= start)
            {
                return null;
            }

            EntityMention? found = null;
            ReadOnlySpan<EntityMention> candidates = _document.Entities.AsSpan();
            for (int m = MentionSearch.FirstStartingAtOrAfter(candidates, Tokens[start].Start); m < candidates.Length && candidates[m].Start < Tokens[end - 1].End; m++)
            {
                EntityMention mention = candidates[m];
                if (mention.End <= Tokens[end - 1].End && mention.Label is EntityLabel.Person or EntityLabel.Org)
                {
                    found = mention;
                    if (!nearest)
                    {
                        break;
                    }
                }
            }

            if (found is not null && (nearest || TokenAtOrAfter(found.Start) == start || Determiners.Contains(Word(start))))
            {
                return new Speaker(EntityRef.From(_document, found), null, string.Empty, 0.9, found.Start, found.End);
            }

            if (end - 1 >= start && Pronoun(end - 1, quoteStart) is { } pronoun)
            {
                return pronoun;
            }

            // A description: back from the verb to a determiner ("the press release", "a company spokeswoman"), past a place
            // ("a Great Wall spokesperson in Shanghai said").
            if (end - 2 > start && Word(end - 2) is "in" or "at" && MentionStartingAt(Tokens[end - 1].Start) is { Label: EntityLabel.Loc })
            {
                end -= 2;
            }

            for (int d = end - 1; d >= start && d >= end - 5; d--)
            {
                if (Determiners.Contains(Word(d)))
                {
                    return Description(d, end, quoteStart);
                }

                if (Tokens[d].Kind != TokenKind.Word && Tokens[d].Kind != TokenKind.Clitic)
                {
                    break;
                }
            }

            return found is null ? null : new Speaker(EntityRef.From(_document, found), null, string.Empty, 0.8, found.Start, found.End);
        }

        private Speaker? Pronoun(int i, int quoteStart)
        {
            ReadOnlySpan<char> word = Word(i);
            EntityLabel? wanted = MalePronouns.Contains(word) || FemalePronouns.Contains(word) ? EntityLabel.Person
                : GroupPronouns.Contains(word) ? EntityLabel.Org : null;
            if (wanted is null)
            {
                return null;
            }

            EntityMention? antecedent = LastMentionBefore(Math.Min(quoteStart, Tokens[i].Start), wanted.Value);

            // "A Renault spokesman said … . “…,” he said.": an unnamed spokesperson after the last named person is "he".
            if (wanted == EntityLabel.Person && SpokespersonOrganization(antecedent?.End ?? 0, Math.Min(quoteStart, Tokens[i].Start)) is { } spokesFor)
            {
                return new Speaker(EntityRef.From(_document, spokesFor), null, string.Empty, 0.6, Tokens[i].Start, Tokens[i].End);
            }

            EntityRef? entity = antecedent is null ? null : EntityRef.From(_document, antecedent);
            return new Speaker(entity, null, string.Empty, antecedent is null ? 0.4 : 0.75, Tokens[i].Start, Tokens[i].End);
        }

        // The first organisation named in the sentence before the one holding the offset, else in the one before that, else
        // the organisation named last.
        private EntityMention? SubjectBefore(int offset)
        {
            ReadOnlySpan<Sentence> sentences = _document.Sentences.AsSpan();
            ReadOnlySpan<EntityMention> mentions = _document.Entities.AsSpan();
            int here = LastSentenceStartingAtOrBefore(TokenAtOrAfter(offset));
            for (int s = here - 1; s >= 0 && s >= here - 2; s--)
            {
                for (int m = MentionSearch.FirstStartingAtOrAfter(mentions, sentences[s].Start); m < mentions.Length && mentions[m].Start < sentences[s].End; m++)
                {
                    if (mentions[m].Label == EntityLabel.Org)
                    {
                        return mentions[m];
                    }
                }
            }

            return LastMentionBefore(offset, EntityLabel.Org);
        }

        // The organisation of the last unnamed spokesperson between two offsets ("a Renault spokesman", "a spokeswoman for
        // Honda", "a company spokesman" for the organisation named last), or null when none stands there.
        private EntityMention? SpokespersonOrganization(int from, int to)
        {
            // Within the last 80 tokens: a spokesperson paragraphs back speaks no more.
            int last = TokenAtOrAfter(to) - 1;
            int first = Math.Max(TokenAtOrAfter(from), last - 80);
            for (int k = last; k >= first; k--)
            {
                if (!Word(k).StartsWith("spokes", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // "Dana Whitfield, a Rivian spokeswoman": the named person's own title.
                int named = TokenAtOrAfter(from);
                if (from > 0 && Word(named) is "," && k - named <= 6)
                {
                    return null;
                }

                if (k > 0 && LastMentionBefore(Tokens[k].Start, EntityLabel.Org) is { } before && before.End == Tokens[k - 1].End)
                {
                    return before;
                }

                if (Word(k + 1) is "for" && k + 2 < Tokens.Length && MentionStartingAt(Tokens[k + 2].Start) is { Label: EntityLabel.Org } after)
                {
                    return after;
                }

                return LastMentionBefore(Tokens[k].Start, EntityLabel.Org);
            }

            return null;
        }

        private Speaker? Description(int i, int limit, int quoteStart)
        {
            int start = i;
            if (Determiners.Contains(Word(i)))
            {
                i++;
            }

            // "says the start-up founded in 2016": a participle after the noun opens a description of it, not part of the name.
            int end = i;
            while (end < limit && end - i < 5 && Tokens[end].Kind is TokenKind.Word && !_speechVerbs.Contains(Word(end))
                && Word(end) is not ("in" or "on" or "at" or "for" or "of" or "to" or "with" or "and" or "who" or "which" or "that" or "as")
                && !(end > i && Word(end) is "founded" or "based" or "headquartered" or "owned" or "controlled" or "listed" or "backed" or "created" or "established" or "led"))
            {
                end++;
            }

            if (end == i)
            {
                return null;
            }

            int from = Tokens[i].Start, to = Tokens[end - 1].End;
            var span = new TextSpan(from, to);

            // "said the chief executive, Peter Carlsson": a title, then the person's name after a comma.
            if (TitledPersonAfter(i, limit) is { } named)
            {
                return new Speaker(EntityRef.From(_document, named), null, string.Empty, 0.8, Tokens[start].Start, named.End);
            }

            // "the company", "the group" stand for the organisation named last.
            if (end - i == 1 && CompanyNouns.Contains(Word(i)) && LastMentionBefore(quoteStart, EntityLabel.Org) is { } org)
            {
                return new Speaker(EntityRef.From(_document, org) with { Text = _document.Slice(span).ToString(), Start = from, End = to }, null, string.Empty, 0.7, Tokens[start].Start, to);
            }

            // "a company spokesman said", "the spokeswoman said": an unnamed spokesperson speaks for the organisation the text
            // spoke of before: the first one named in the sentence before ("Volkswagen denied a report that SAIC …").
            if (Word(end - 1).StartsWith("spokes", StringComparison.OrdinalIgnoreCase) && end - i <= 2 && (end - i == 1 || CompanyNouns.Contains(Word(i)))
                && SubjectBefore(Math.Min(quoteStart, from)) is { } spokenFor)
            {
                return new Speaker(EntityRef.From(_document, spokenFor) with { Text = _document.Slice(span).ToString(), Start = from, End = to }, null, string.Empty, 0.6, Tokens[start].Start, to);
            }

            // "a company statement said", "their statement added", "the group's statement said", "the statement said": a statement
            // of the company the text speaks of.
            if (Word(end - 1) is "statement" or "release" or "announcement" or "filing" && end - i <= 2
                && (end - i == 1 ? Word(start) is "its" or "their" or "the" : CompanyNouns.Contains(Word(i)) || Word(i) is "joint" or "press" or "news")
                && SubjectBefore(Math.Min(quoteStart, from)) is { } issuer)
            {
                return new Speaker(EntityRef.From(_document, issuer) with { Text = _document.Slice(span).ToString(), Start = from, End = to }, null, string.Empty, 0.6, Tokens[start].Start, to);
            }

            // "the chief executive said": the person the text introduced with that title ("chief executive Arvind Rathi",
            // "Arvind Rathi, the chief executive"); not a spokesperson, whom texts rarely name.
            if (Entities.Names.NameCues.Default.TitleStartingAt(Text, Tokens, i) == end && !Word(end - 1).StartsWith("spokes", StringComparison.OrdinalIgnoreCase)
                && TitledPersonBefore(i, end, quoteStart) is { } titled)
            {
                return new Speaker(EntityRef.From(_document, titled) with { Text = _document.Slice(span).ToString(), Start = from, End = to }, null, string.Empty, 0.7, Tokens[start].Start, to);
            }

            return new Speaker(EntityRef.Describe(_document, span), null, string.Empty, 0.7, Tokens[start].Start, to);
        }

        // The last person before an offset named right after or right before the same title as tokens [titleStart, titleEnd).
        private EntityMention? TitledPersonBefore(int titleStart, int titleEnd, int before)
        {
            ReadOnlySpan<EntityMention> mentions = _document.Entities.AsSpan();
            for (int m = MentionSearch.FirstStartingAtOrAfter(mentions, before) - 1; m >= 0; m--)
            {
                EntityMention person = mentions[m];
                if (person.Label != EntityLabel.Person)
                {
                    continue;
                }

                // "chief executive Arvind Rathi", "Sahyadri's managing director, Rohan Kulkarni"
                int first = TokenAtOrAfter(person.Start);
                int titleEndsAt = first > 0 && Word(first - 1) is "," ? first - 1 : first;
                int titleBefore = Entities.Names.NameCues.Default.TitleEndingAt(Text, Tokens, titleEndsAt);
                if (titleBefore >= 0 && SameWords(titleBefore, titleEndsAt, titleStart, titleEnd))
                {
                    return person;
                }

                int after = TokenAtOrAfter(person.End);
                if (after < Tokens.Length && Word(after) is ",")
                {
                    after++;
                    while (after < Tokens.Length && Word(after) is "the" or "its" or "a" or "an" or "co-founder" or "and" or "now")
                    {
                        after++;
                    }

                    if (Entities.Names.NameCues.Default.TitleStartingAt(Text, Tokens, after) is > 0 and var titleAfterEnd && SameWords(after, titleAfterEnd, titleStart, titleEnd))
                    {
                        return person;
                    }
                }
            }

            return null;
        }

        private bool SameWords(int aStart, int aEnd, int bStart, int bEnd)
        {
            if (aEnd - aStart != bEnd - bStart)
            {
                return false;
            }

            for (int k = 0; k < aEnd - aStart; k++)
            {
                if (!Word(aStart + k).Equals(Word(bStart + k), StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        private EntityMention? MentionStartingAt(int offset)
        {
            ReadOnlySpan<EntityMention> mentions = _document.Entities.AsSpan();
            int lo = 0, hi = mentions.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (mentions[mid].Start < offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo < mentions.Length && mentions[lo].Start == offset ? mentions[lo] : null;
        }

        private EntityMention? LastMentionBefore(int offset, EntityLabel label) => MentionSearch.LastBefore(_document.Entities.AsSpan(), offset, label);

        private Sentence SentenceOf(int token)
        {
            ReadOnlySpan<Sentence> sentences = _document.Sentences.AsSpan();
            return sentences.IsEmpty ? new Sentence(0, 0, 0, 0) : sentences[LastSentenceStartingAtOrBefore(token)];
        }

        private int TokenAtOrAfter(int offset) => TokenSearch.FirstAtOrAfter(Tokens, offset);

        private bool LineBreakBetween(int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                if (Text[i] == '\n')
                {
                    return true;
                }
            }

            return false;
        }

        private ReadOnlySpan<char> Word(int i) => i >= 0 && i < Tokens.Length ? Tokens[i].Slice(Text) : default;
    }
}

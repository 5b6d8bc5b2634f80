using System;
using System.Collections.Generic;
using FactExtractor.Entities;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Facts;

/// <summary>
/// One sentence of a document as the fact extractors read it: its tokens, and the entity mentions inside it in text
/// order, with look-ups by token position. A view: nothing is copied but the list of mentions.
/// </summary>
internal sealed class SentenceView
{
    private readonly Document _document;

    private SentenceView(Document document, int index, List<EntityMention> mentions)
    {
        _document = document;
        Index = index;
        Sentence = document.Sentences[index];
        First = AfterDateline(document, Sentence);
        if (First > Sentence.FirstToken)
        {
            int body = document.Tokens[First].Start;
            mentions.RemoveAll(mention => mention.Start < body);
        }

        RemoveSubjectApposition(document, mentions);
        RemoveFoundersCompanies(document, mentions);

        // "Bloomberg News first reported the subsidy", "according to Reuters": news media report deals, they are no party.
        mentions.RemoveAll(mention => mention.Label == EntityLabel.Org && (NewsMedia.Contains(mention.Name) || NewsMedia.Contains(document.Slice(mention.Span))));
        Mentions = mentions;
    }

    // "The company, controlled by China's Envision Group, already supplies …", "The company, a subsidiary of Paris-listed
    // Groupe Vellard, said it had invested …": the names inside an apposition to a described subject are neither the
    // subject nor a party of the sentence's deal; the extractors read the description instead, as the company meant.
    private void RemoveSubjectApposition(Document document, List<EntityMention> mentions)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int end = Sentence.EndToken;
        int comma;
        bool named;
        if (First + 3 < end && tokens[First].Slice(document.Text) is "The" && SubjectDescriptions.Contains(tokens[First + 1].Slice(document.Text))
            && tokens[First + 2].Slice(document.Text) is ",")
        {
            comma = First + 2;
            named = false;
        }
        else if (mentions.Count > 0 && mentions[0].Label == EntityLabel.Org && mentions[0].Start == tokens[First].Start
            && TokenSearch.FirstAtOrAfter(tokens, mentions[0].End, First, end) is var afterName && afterName + 2 < end
            && tokens[afterName].Slice(document.Text) is "," && tokens[afterName + 1].Slice(document.Text) is "the" or "a" or "an")
        {
            // "BII, the UK government's development finance institution, agreed to invest …", "Agratas, the Tata group's
            // battery arm, will supply …": the owner named in a named subject's apposition is no party either — but "Bosch,
            // the sole supplier of e-axles to Lumeo Motors, …" keeps its customer.
            comma = afterName;
            named = true;
        }
        else
        {
            return;
        }

        for (int k = comma + 1; k < end && k <= comma + 22; k++)
        {
            ReadOnlySpan<char> word = tokens[k].Slice(document.Text);
            if (tokens[k].Kind == TokenKind.Quote || (named && word is "venture" or "between" or "which" or "who" or "that" or "and" or "said" or "says"))
            {
                return;
            }

            if (word is ",")
            {
                // "The company, which until 2021 assembled the H350 for Hyundai, …": a relative clause on the description keeps
                // the party its verb names after "for".
                bool relative = tokens[comma + 1].Slice(document.Text) is "which" or "that";
                int from = tokens[comma + 1].Start, to = tokens[k].Start;
                mentions.RemoveAll(mention => mention.Start >= from && mention.End <= to && mention.Label is EntityLabel.Org or EntityLabel.Person
                    && (!named || IsPossessor(document, mention)) && !(relative && AfterFor(document, mention)));
                return;
            }
        }
    }

    /// <summary>Whether a name is a news agency's, paper's or site's: a reporter of deals, never a party.</summary>
    /// <param name="name">The name.</param>
    public static bool IsNewsMedia(string name) => NewsMedia.Contains(name);

    // News agencies, papers and sites that report on the industry.
    private static readonly SpanLookup NewsMedia = new(
    [
        "Reuters", "Bloomberg", "Bloomberg News", "Associated Press", "AP", "AFP", "Agence France-Presse", "dpa", "Kyodo", "Kyodo News", "Yonhap",
        "Yonhap News Agency", "Xinhua", "Xinhua News Agency", "Caixin", "Nikkei", "Nikkei Asia", "Handelsblatt", "Automobilwoche", "Automotive News",
        "Automotive News Europe", "Financial Times", "Wall Street Journal", "The Wall Street Journal", "New York Times", "The New York Times",
        "CNBC", "CNN", "BBC", "Electrek", "TechCrunch", "InsideEVs", "Sifted", "Les Echos", "Il Sole 24 Ore", "Der Spiegel", "Spiegel",
        "Süddeutsche Zeitung", "Frankfurter Allgemeine Zeitung", "Economic Times", "The Economic Times", "Business Standard", "Mint",
        "The Information", "Korea Herald", "The Korea Herald", "Korea JoongAng Daily", "South China Morning Post", "Global Times",
    ]);

    private static readonly SpanLookup FounderWords = new(["founder", "co-founder", "cofounder", "founders", "co-founders"]);

    // "led by Flipkart co-founder Sachin Bansal, who invested $32 million": a company named as what a person founded only
    // describes the person, who acts in their own name.
    private static void RemoveFoundersCompanies(Document document, List<EntityMention> mentions)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        for (int m = mentions.Count - 2; m >= 0; m--)
        {
            EntityMention company = mentions[m], person = mentions[m + 1];
            if (company.Label != EntityLabel.Org || person.Label != EntityLabel.Person)
            {
                continue;
            }

            int k = TokenSearch.FirstAtOrAfter(tokens, company.End);
            if (k + 1 < tokens.Length && FounderWords.Contains(tokens[k].Slice(document.Text)) && tokens[k + 1].Start == person.Start)
            {
                mentions.RemoveAt(m);
            }
        }
    }

    private static bool AfterFor(Document document, EntityMention mention)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int at = TokenSearch.FirstAtOrAfter(tokens, mention.Start);
        return at > 0 && at < tokens.Length && tokens[at - 1].Slice(document.Text) is "for";
    }

    private static bool IsPossessor(Document document, EntityMention mention)
    {
        ReadOnlySpan<char> after = document.Text.AsSpan(mention.End);
        return after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal);
    }

    // Months as datelines write them: "Oct 26 (Reuters) -", "Sept. 3 (AP) —".
    private static readonly SpanLookup Months = new(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]);

    // "PUNE, Feb. 12 (Mobility Wire) — Sarvam …": a dateline (an upper-case place, then a dash within a few words) is not
    // part of the sentence the extractors read; its news agency is no actor. Also "NEW DELHI: Suzuki will …" (upper-case
    // words and a colon) and "Oct 26 (Reuters) - Stellantis …" (a date, the agency in brackets, a dash).
    internal static int AfterDateline(Document document, Sentence sentence)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        ReadOnlySpan<char> text = document.Text;
        int first = sentence.FirstToken;
        if (first >= sentence.EndToken)
        {
            return first;
        }

        bool upper = IsUpperCaseWord(tokens[first].Slice(text));
        if (!upper && !(Months.Contains(tokens[first].Slice(text)) && first + 1 < sentence.EndToken && tokens[first + 1].Kind is TokenKind.Number or TokenKind.Punctuation))
        {
            return first;
        }

        bool onlyCapitals = upper;
        for (int i = first + 1; i < sentence.EndToken - 1 && i < first + 16; i++)
        {
            ReadOnlySpan<char> word = tokens[i].Slice(text);
            ReadOnlySpan<char> before = tokens[i - 1].Slice(text);

            // "BURSA, March 12 (Autowire) -", "WINDSOR, Ontario and SEOUL, South Korea, June 4, 2025 -": a lone hyphen after
            // a bracket, a number or a name closes the dateline too. One opened by a month needs its agency in brackets.
            if ((upper && (word is "—" or "–" or "--" || (word is "-" && (before is ")" || tokens[i - 1].Kind is TokenKind.Number or TokenKind.Word))))
                || (!upper && before is ")" && word is "—" or "–" or "--" or "-"))
            {
                return i + 1;
            }

            // "NEW DELHI:", not "BMW: …" or "VW:" opening a headline: the capitals before the colon name a place.
            if (onlyCapitals && word is ":" && PlaceStartsAt(document, tokens[first].Start))
            {
                return i + 1;
            }

            onlyCapitals &= IsUpperCaseWord(word) || word is ",";
        }

        return first;
    }

    private static bool PlaceStartsAt(Document document, int offset)
    {
        ReadOnlySpan<EntityMention> all = document.Entities.AsSpan();
        int m = MentionSearch.FirstStartingAtOrAfter(all, offset);
        return m < all.Length && all[m].Start == offset && all[m].Label == EntityLabel.Loc;
    }

    private static bool IsUpperCaseWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (Text.CharClass.IsLower(c))
            {
                return false;
            }
        }

        return Text.CharClass.IsUpper(word[0]);
    }

    public int Index { get; }

    /// <summary>The next sentence of the document, or null.</summary>
    public SentenceView? Next { get; private set; }

    public Sentence Sentence { get; }

    public List<EntityMention> Mentions { get; }

    public Document Document => _document;

    /// <summary>The first token the extractors read: the sentence's first, or the first after a dateline.</summary>
    public int First { get; }

    public int End => Sentence.EndToken;

    public ReadOnlySpan<Token> Tokens => _document.Tokens.AsSpan();

    /// <summary>The sentences of a document, each with its mentions, in one pass over the mentions.</summary>
    public static IEnumerable<SentenceView> All(Document document)
    {
        int m = 0;
        SentenceView? previous = null;
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            Sentence sentence = document.Sentences[s];
            var mentions = new List<EntityMention>();
            while (m < document.Entities.Length && document.Entities[m].Start < sentence.Start)
            {
                m++;
            }

            int k = m;
            while (k < document.Entities.Length && document.Entities[k].Start < sentence.End)
            {
                mentions.Add(document.Entities[k]);
                k++;
            }

            var view = new SentenceView(document, s, mentions);
            if (previous is not null)
            {
                previous.Next = view;
                yield return previous;
            }

            previous = view;
        }

        if (previous is not null)
        {
            yield return previous;
        }
    }

    /// <summary>
    /// The view of the same sentence read from token <paramref name="first"/> on: a later clause with its own subject
    /// ("…, and the Győr plant supplies door panels to Audi"), read by itself. Evidence and look-backs stay the sentence's.
    /// </summary>
    public SentenceView ClauseFrom(int first)
    {
        var mentions = new List<EntityMention>();
        int start = Tokens[first].Start;
        foreach (EntityMention mention in Mentions)
        {
            if (mention.Start >= start)
            {
                mentions.Add(mention);
            }
        }

        return new SentenceView(_document, Index, mentions, first);
    }

    private SentenceView(Document document, int index, List<EntityMention> mentions, int first)
    {
        _document = document;
        Index = index;
        Sentence = document.Sentences[index];
        First = first;
        Mentions = mentions;
        IsClause = true;
    }

    // Words after which a name is no subject: prepositions and "and".
    private static readonly SpanLookup NonSubjectLeads = new(["with", "of", "from", "for", "to", "by", "in", "at", "and"]);

    // The first organisation of the sentence's first clause that is not after a preposition: its subject, or the possessor
    // of its subject ("Brenmark's Mladá Boleslav plant"); null where there is none.
    private EntityMention? FirstClauseSubject(string? except, bool notFinancier)
    {
        ReadOnlySpan<EntityMention> all = _document.Entities.AsSpan();
        int body = AfterDateline(_document, Sentence);
        for (int m = MentionSearch.FirstStartingAtOrAfter(all, Tokens[body].Start); m < all.Length && all[m].Start < Tokens[First].Start; m++)
        {
            EntityMention mention = all[m];
            int token = TokenSearch.FirstAtOrAfter(Tokens, mention.Start, body, Sentence.EndToken);
            if (mention.Label == EntityLabel.Org && mention.Name != except && !IsPublicBody(mention.Name) && !(notFinancier && IsFinancierMention(mention))
                && !(token > body && NonSubjectLeads.Contains(Tokens[token - 1].Slice(_document.Text))))
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>True for a view of a later clause (<see cref="ClauseFrom"/>), not of a whole sentence.</summary>
    public bool IsClause { get; }

    /// <summary>The view of one sentence of a document, by its index (for look-backs from another sentence; allocates).</summary>
    public static SentenceView At(Document document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<EntityMention>();
        Sentence sentence = document.Sentences[index];
        ReadOnlySpan<EntityMention> all = document.Entities.AsSpan();
        for (int m = MentionSearch.FirstStartingAtOrAfter(all, sentence.Start); m < all.Length && all[m].Start < sentence.End; m++)
        {
            mentions.Add(all[m]);
        }

        return new SentenceView(document, index, mentions);
    }

    /// <summary>The text of token <paramref name="i"/>; empty outside the text.</summary>
    /// <remarks>
    /// A comma inside a company's name ("Gotion High-Tech Co., Ltd.", "Tesla, Inc.") reads as "&amp;": it is part of the
    /// name, not a break between clauses or list items.
    /// </remarks>
    public ReadOnlySpan<char> Word(int i)
    {
        if (i < 0 || i >= Tokens.Length)
        {
            return default;
        }

        ReadOnlySpan<char> word = Tokens[i].Slice(_document.Text);
        return word is "," && InsideOrganization(Tokens[i]) ? "&" : word;
    }

    private bool InsideOrganization(Token token)
    {
        foreach (EntityMention mention in Mentions)
        {
            if (mention.Start < token.Start && token.End < mention.End)
            {
                return mention.Label == EntityLabel.Org;
            }
        }

        return false;
    }

    /// <summary>The token index where a character offset lies (the first token starting at or after it).</summary>
    public int TokenAt(int offset) => TokenSearch.FirstAtOrAfter(Tokens, offset, First, End);

    /// <summary>The mention that covers token <paramref name="i"/>, or null.</summary>
    public EntityMention? MentionAt(int i)
    {
        if (i < First || i >= End)
        {
            return null;
        }

        int offset = Tokens[i].Start;
        foreach (EntityMention mention in Mentions)
        {
            if (mention.Start <= offset && offset < mention.End)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>
    /// The token after a span that opens at <paramref name="at"/> with <paramref name="open"/> and closes with
    /// <paramref name="close"/> within <paramref name="reach"/> tokens ("(about US$64 million)", ", the group's arm,");
    /// <paramref name="at"/> itself where no such span opens there.
    /// </summary>
    public int AfterEnclosed(int at, string open, string close, int reach)
    {
        if (!Word(at).SequenceEqual(open))
        {
            return at;
        }

        for (int k = at + 1; k < End && k < at + reach; k++)
        {
            if (Word(k).SequenceEqual(close))
            {
                return k + 1;
            }
        }

        return at;
    }

    /// <summary>True when a word of <paramref name="words"/> occurs in the sentence.</summary>
    public bool Contains(SpanLookup words) => FindFirst(words, First, End) >= 0;

    /// <summary>The first token in [from, to) whose text is in <paramref name="words"/>, or -1.</summary>
    public int FindFirst(SpanLookup words, int from, int to)
    {
        for (int i = Math.Max(from, First); i < Math.Min(to, End); i++)
        {
            if (words.Contains(Word(i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The last token in [from, to) whose text is in <paramref name="words"/>, or -1.</summary>
    public int FindLast(SpanLookup words, int from, int to)
    {
        for (int i = Math.Min(to, End) - 1; i >= Math.Max(from, First); i--)
        {
            if (words.Contains(Word(i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The company that "the company", "the group" or "it" at the start of this sentence most likely means: the subject
    /// of one of the last few sentences (an organisation among its first words, not after a preposition), else the last
    /// organisation named before the sentence.
    /// </summary>
    /// <param name="except">A name the company cannot be (the other party).</param>
    /// <param name="notFinancier">True where the words say "the company", "the carmaker" or "the supplier": a fund, bank or
    /// government is then never meant.</param>
    public EntityMention? LastSubjectBefore(string? except = null, bool notFinancier = false)
    {
        ReadOnlySpan<EntityMention> all = _document.Entities.AsSpan();

        // "Brenmark's Mladá Boleslav plant supplies …, and its plant in Gliwice makes …": in a later clause, the company of the
        // sentence's first clause.
        if (IsClause && FirstClauseSubject(except, notFinancier) is { } main)
        {
            return main;
        }

        for (int s = Index - 1; s >= 0 && s >= Index - 6; s--)
        {
            Sentence previous = _document.Sentences[s];
            int first = AfterDateline(_document, previous);

            // A quotation's subjects are the speaker's, not the narrative's: "“Kotobuki's quality …,” she said."
            if (first < previous.EndToken && Tokens[first].Kind == TokenKind.Quote)
            {
                continue;
            }

            int from = MentionSearch.FirstStartingAtOrAfter(all, Tokens[first].Start);

            // "The start-up, which sold 61,000 scooters, does not own a factory. Its models …": a sentence whose subject is a
            // description of a company stands for the company the text is about.
            if (first + 1 < previous.EndToken && Tokens[first].Slice(_document.Text) is "The" && SubjectDescriptions.Contains(Tokens[first + 1].Slice(_document.Text))
                && !(from < all.Length && all[from].Start < previous.End && all[from].Label == EntityLabel.Org
                    && TokenSearch.FirstAtOrAfter(Tokens, all[from].Start, first, previous.EndToken) <= first + 6)
                && TopicOrganization(previous.Start, except) is { } topic && MentionedSince(topic.Name, _document.Sentences[Math.Max(0, s - 3)].Start, previous.Start))
            {
                return topic;
            }

            for (int m = from; m < all.Length && all[m].Start < previous.End; m++)
            {
                EntityMention mention = all[m];
                int token = TokenSearch.FirstAtOrAfter(Tokens, mention.Start, first, previous.EndToken);
                if (token > first + 6 && !(token <= first + 10 && OnlyDescriptionBetween(first, token)))
                {
                    break;
                }

                // "For Rathore, the contract is a first step abroad. The company builds …": a fronted "For X," names the
                // company the sentence is about.
                bool frontedTopic = token == first + 1 && Tokens[first].Slice(_document.Text) is "For"
                    && TokenSearch.FirstAtOrAfter(Tokens, mention.End, token, previous.EndToken) is int after && after < previous.EndToken
                    && Tokens[after].Slice(_document.Text) is ",";
                // "Those vans are built by Rivian for Amazon. The company's footprint …": the agent of a passive is its subject.
                bool passiveAgent = token >= first + 2 && Tokens[token - 1].Slice(_document.Text) is "by" && IsAgentParticiple(Tokens[token - 2].Slice(_document.Text));
                if (mention.Label == EntityLabel.Org && mention.Name != except && !IsPublicBody(mention.Name) && !(notFinancier && IsFinancierMention(mention))
                    && (frontedTopic || passiveAgent || !(token > first && (NonSubjectLeads.Contains(Tokens[token - 1].Slice(_document.Text)) || Tokens[token - 1].Slice(_document.Text) is "whether" or "if"))))
                {
                    return mention;
                }

                // "Spain's industry ministry has approved a grant for Ebro Factory …. The company assembles …": where a
                // government or financier is the subject, the company it funds is the one spoken of.
                if (notFinancier && mention.Label == EntityLabel.Org && (IsPublicBody(mention.Name) || IsFinancierMention(mention))
                    && !(token > first && NonSubjectLeads.Contains(Tokens[token - 1].Slice(_document.Text)))
                    && FundedCompany(m + 1, previous, except) is { } funded)
                {
                    return funded;
                }
            }
        }

        for (int m = MentionSearch.FirstStartingAtOrAfter(all, Sentence.Start) - 1; m >= 0; m--)
        {
            if (all[m].End <= Sentence.Start && all[m].Label == EntityLabel.Org && all[m].Name != except && !IsPublicBody(all[m].Name) && !(notFinancier && IsFinancierMention(all[m])))
            {
                return all[m];
            }
        }

        return null;
    }

    // The first company after "a grant|loan|aid … for|to" or "lending|granted|awarded … to" in a sentence (from mention index m on), no financier; or null.
    private EntityMention? FundedCompany(int m, Sentence within, string? except)
    {
        ReadOnlySpan<EntityMention> all = _document.Entities.AsSpan();
        for (; m < all.Length && all[m].Start < within.End; m++)
        {
            if (all[m].Label != EntityLabel.Org || IsFinancierMention(all[m]) || IsPublicBody(all[m].Name) || all[m].Name == except)
            {
                continue;
            }

            int token = TokenSearch.FirstAtOrAfter(Tokens, all[m].Start, within.FirstToken, within.EndToken);
            if (token < within.FirstToken + 3 || Tokens[token - 1].Slice(_document.Text) is not ("for" or "to"))
            {
                return null;
            }

            for (int k = token - 2; k >= within.FirstToken && k >= token - 6; k--)
            {
                if (Tokens[k].Slice(_document.Text) is "grant" or "loan" or "subsidy" or "aid" or "grants" or "loans" or "subsidies" or "incentives"
                    or "lending" or "lend" or "lent" or "granted" or "awarded")
                {
                    return all[m];
                }
            }

            return null;
        }

        return null;
    }

    // Participles of making whose agent does the work: "built by", "assembled by", "made by".
    private static bool IsAgentParticiple(ReadOnlySpan<char> word) =>
        word is "built" or "made" or "assembled" or "produced" or "manufactured" or "developed" or "designed" or "engineered" or "supplied" or "delivered" or "run" or "operated";

    // "Moroccan wiring-harness maker Atlas Câblage will …": the words before a subject are a description — no verb, clause
    // break or preposition among them.
    private bool OnlyDescriptionBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            ReadOnlySpan<char> word = Tokens[k].Slice(_document.Text);
            if (word is "," or ";" or ":" or "that" or "which" or "who" or "is" or "was" or "are" or "were" or "will" or "has" or "have" or "had" or "said" or "says"
                or "would" or "could" or "can" or "in" or "at" or "of" or "for" or "with" or "from" or "by" or "to" or "on" || Tokens[k].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The company a described subject means: "the Coburg-based supplier", "the Japanese carmaker", "the group" at token
    /// <paramref name="noun"/> (the company noun). A nationality picks the company of that country; "the group" the parent
    /// of the company the text is about; "the supplier" or "the carmaker" the last company of that kind, where the recent
    /// subject is not one; else the recent subject.
    /// </summary>
    public EntityMention? DescribedCompany(int noun)
    {
        string? country = null;
        for (int k = noun - 1; k >= First && k >= noun - 3; k--)
        {
            ReadOnlySpan<char> word = Word(k);
            if (Entities.Lexicons.BuiltInLexicons.NationalityCodes.TryGetValue(word.ToString(), out string? code))
            {
                country = code;
                break;
            }

            if (word is "the" or "The" || word.Length == 0 || !(Text.CharClass.IsLower(word[0]) || word.EndsWith("-based", StringComparison.Ordinal)))
            {
                break;
            }
        }

        // "Lakeshore Industrial Partners bought a 40% stake in ENSA, and the company is now spending …": mid-sentence, after a
        // clause, the first company of the sentence that is no financier.
        ReadOnlySpan<char> nounWord = Word(noun);
        int the = noun - 1;
        while (the > First && Word(the) is not ("the" or "The"))
        {
            the--;
        }

        if (the > First + 1 && Word(the - 1) is "and" or "but" or "while" && Word(the - 2) is "," && nounWord is "company" or "group" or "firm" or "carmaker" or "automaker" or "supplier")
        {
            foreach (EntityMention mention in Mentions)
            {
                if (mention.Start >= Tokens[the].Start)
                {
                    break;
                }

                if (mention.Label == EntityLabel.Org && !IsFinancierMention(mention))
                {
                    return mention;
                }
            }
        }

        EntityMention? last = LastSubjectBefore(notFinancier: true);
        if (country is not null)
        {
            // "The Japanese supplier": an unlisted company just spoken of is more likely the supplier than a listed carmaker.
            if (nounWord is "supplier" or "maker" or "firm" && last is { Entry: null })
            {
                return last;
            }

            // "Pressings come from Unipres, … The Japanese supplier plans …" after a Japanese carmaker as subject: the supplier
            // of that country named last, not the carmaker.
            if (nounWord is "supplier" or "cellmaker" && last?.Entry?.Kind is not ("supplier" or "battery" or "chip")
                && LastOrganization(mention => mention.Entry?.Kind is "supplier" or "battery" or "chip" && mention.Entry.Attributes.GetValueOrDefault("country") == country) is { } supplierOfCountry)
            {
                return supplierOfCountry;
            }

            return last?.Entry?.Attributes.GetValueOrDefault("country") == country ? last
                : LastOrganization(mention => mention.Entry?.Attributes.GetValueOrDefault("country") == country) ?? last;
        }

        if (nounWord is "group" && last?.Entry?.Parent is { } parent && LastOrganization(mention => mention.Name == parent) is { } parentMention)
        {
            return parentMention;
        }

        if (nounWord is "supplier" or "cellmaker" && last?.Entry?.Kind is not ("supplier" or "battery" or "chip"))
        {
            return LastOrganization(mention => mention.Entry?.Kind is "supplier" or "battery" or "chip") ?? last;
        }

        if (nounWord is "carmaker" or "automaker" && last?.Entry?.Kind is "supplier" or "battery" or "chip")
        {
            return LastOrganization(mention => mention.Entry?.Kind is "carmaker" or "brand") ?? last;
        }

        return last;
    }

    /// <summary>
    /// The bank or fund a description at token <paramref name="noun"/> stands for ("The state-run bank may offer …"): the
    /// organisation named last before this sentence whose name holds that noun ("Korea Development Bank"; "lender" looks
    /// for a bank); null where none was named.
    /// </summary>
    public EntityMention? DescribedFinancier(int noun)
    {
        string word = Word(noun) is "lender" ? "bank" : Word(noun).ToString();
        return LastOrganization(mention => mention.Name.Contains(word, StringComparison.OrdinalIgnoreCase), financiers: true);
    }

    // The organisation named last before this sentence (within a few hundred mentions) that is accepted, no financier unless
    // asked for.
    private EntityMention? LastOrganization(Predicate<EntityMention> accept, bool financiers = false)
    {
        ReadOnlySpan<EntityMention> all = _document.Entities.AsSpan();
        int start = MentionSearch.FirstStartingAtOrAfter(all, Sentence.Start) - 1;
        for (int m = start; m >= 0 && m > start - 400; m--)
        {
            if (all[m].Label == EntityLabel.Org && (financiers || !IsFinancierMention(all[m])) && accept(all[m]))
            {
                return all[m];
            }
        }

        return null;
    }

    // "the state of Bahia", "federal government", "Spain's industry ministry": a government, which "it" or "the company"
    // does not stand for.
    // Funds, banks, investment houses and governments: they finance plants and deals, but own and build nothing.
    private static readonly SpanLookup SubjectDescriptions = new(["start-up", "startup", "company", "carmaker", "automaker", "firm", "supplier", "manufacturer", "maker", "group"]);

    // Whether the text names an organisation between two offsets.
    private bool MentionedSince(string name, int from, int to)
    {
        ReadOnlySpan<EntityMention> all = _document.Entities.AsSpan();
        for (int m = MentionSearch.FirstStartingAtOrAfter(all, from); m < all.Length && all[m].Start < to; m++)
        {
            if (all[m].Name == name)
            {
                return true;
            }
        }

        return false;
    }

    // The organisation named most often before an offset (the earliest on a tie), other than a financier or the one excluded.
    private EntityMention? TopicOrganization(int before, string? except) =>
        MostNamedOrganization(before, mention => mention.Name != except && !IsFinancierName(mention.Name) && mention.Entry?.Kind is not ("investor" or "government" or "agency"));

    /// <summary>The organisation named most often before an offset (the earliest on a tie) among those accepted.</summary>
    internal EntityMention? MostNamedOrganization(int before, Predicate<EntityMention> accept)
    {
        var counts = new Dictionary<string, (int Count, EntityMention First)>(StringComparer.Ordinal);
        foreach (EntityMention mention in _document.Entities)
        {
            if (mention.Start >= before)
            {
                break;
            }

            if (mention.Label == EntityLabel.Org && accept(mention))
            {
                counts[mention.Name] = counts.TryGetValue(mention.Name, out var seen) ? (seen.Count + 1, seen.First) : (1, mention);
            }
        }

        EntityMention? best = null;
        int bestCount = 0;
        foreach (var (count, first) in counts.Values)
        {
            if (count > bestCount || (count == bestCount && best is not null && first.Start < best.Start))
            {
                best = first;
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>A fund, bank, investor, government or agency, by its lexicon kind or its name: it finances, it builds nothing.</summary>
    internal static bool IsFinancierMention(EntityMention mention) =>
        IsFinancierName(mention.Name) || mention.Entry?.Kind is "investor" or "government" or "agency";

    internal static bool IsFinancierName(string name) =>
        IsPublicBody(name) || name.EndsWith(" Fund", StringComparison.Ordinal) || name.EndsWith(" Bank", StringComparison.Ordinal)
        || name.StartsWith("Ministry", StringComparison.Ordinal) || name.StartsWith("Banco ", StringComparison.Ordinal) || name.StartsWith("Banca ", StringComparison.Ordinal)
        || name.StartsWith("Bank ", StringComparison.Ordinal) || name.Contains("Development Bank", StringComparison.Ordinal) || name.Contains("Investment", StringComparison.Ordinal)
        || name is "BNDES" || name.EndsWith(" Partners", StringComparison.Ordinal) || name.EndsWith(" Capital", StringComparison.Ordinal)
        || name.EndsWith(" Ventures", StringComparison.Ordinal) || name.EndsWith(" Finance", StringComparison.Ordinal) || name.EndsWith(" Invest", StringComparison.Ordinal)
        || name.EndsWith(" Equity", StringComparison.Ordinal) || name.EndsWith(" Pension", StringComparison.Ordinal) || name.EndsWith(" Securities", StringComparison.Ordinal)
        || name.EndsWith(" Advisors", StringComparison.Ordinal) || name.EndsWith(" Asset Management", StringComparison.Ordinal);

    internal static bool IsPublicBody(string name) =>
        name.Contains("government", StringComparison.OrdinalIgnoreCase) || name.Contains("ministry", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("state of ", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Kingdom of ", StringComparison.Ordinal)
        || name.StartsWith("province of ", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Republic of ", StringComparison.Ordinal)
        || name.EndsWith(" state", StringComparison.Ordinal) || name.EndsWith(" Agency", StringComparison.Ordinal) || name.EndsWith(" Authority", StringComparison.Ordinal)
        || name.EndsWith(" Commission", StringComparison.Ordinal) || name.EndsWith(" Council", StringComparison.Ordinal) || name.EndsWith(" council", StringComparison.Ordinal)
        || name.StartsWith("Department of ", StringComparison.Ordinal) || name.Contains(" Department of ", StringComparison.Ordinal)
        || name.EndsWith(" Department", StringComparison.Ordinal);

    /// <summary>
    /// True where the name at token <paramref name="token"/> ends a described object of a preposition: "a loan from the
    /// national development bank BNDES", "a minority stake in battery-pack maker Padana Energia" — such a name is no
    /// subject of a later verb.
    /// </summary>
    public bool IsDescribedObjectOfPreposition(int token)
    {
        for (int k = token - 1; k >= First && k >= token - 5; k--)
        {
            ReadOnlySpan<char> word = Word(k);
            if (word is "from" or "with" or "to" or "by" or "of" or "at" or "in" or "into" or "for")
            {
                return k < token - 1;
            }

            if (Tokens[k].Kind != TokenKind.Word
                || !(Text.CharClass.IsLower(word[0]) || MentionAt(k) is { Label: EntityLabel.Loc } || Entities.Names.NameCues.Default.Nationalities.ContainsKey(word))
                || word is "and" or "or" or "which" or "that" or "who")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The two owners of a joint venture (or partnership, alliance) named in this sentence or up to four sentences before it: "a 50:50 joint venture
    /// of CPAM and Japan's Sora Motor", "the venture between X and Y", "X and Y's joint venture". Empty where none is named.
    /// </summary>
    public (EntityMention First, EntityMention Second)? JointVentureParents()
    {
        ReadOnlySpan<EntityMention> all = _document.Entities.AsSpan();
        for (int s = Index; s >= 0 && s >= Index - 4; s--)
        {
            Sentence sentence = _document.Sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (Tokens[t].Slice(_document.Text) is not ("venture" or "partnership" or "JV" or "alliance"))
                {
                    continue;
                }

                // After: "venture of/between/by [description] X and [description] Y".
                EntityMention? first = null;
                for (int m = MentionSearch.FirstStartingAtOrAfter(all, Tokens[t].End); m < all.Length && all[m].Start < sentence.End; m++)
                {
                    int token = TokenSearch.FirstAtOrAfter(Tokens, all[m].Start, sentence.FirstToken, sentence.EndToken);
                    if (token > t + 12 || (first is null && token > t + 6))
                    {
                        break;
                    }

                    if (all[m].Label != EntityLabel.Org)
                    {
                        continue;
                    }

                    if (first is null)
                    {
                        first = all[m];
                    }
                    else if (HasAndBetween(first.End, all[m].Start, sentence.EndToken) && all[m].Name != first.Name)
                    {
                        return (first, all[m]);
                    }
                }

                // Before: "X and Y's joint venture", "X and Y set up a joint venture".
                EntityMention? second = null;
                for (int m = MentionSearch.FirstStartingAtOrAfter(all, Tokens[t].Start) - 1; m >= 0 && all[m].Start >= sentence.Start; m--)
                {
                    int token = TokenSearch.FirstAtOrAfter(Tokens, all[m].Start, sentence.FirstToken, sentence.EndToken);
                    if (token < t - 16)
                    {
                        break;
                    }

                    if (all[m].Label != EntityLabel.Org)
                    {
                        continue;
                    }

                    if (second is null)
                    {
                        second = all[m];
                    }
                    else if (HasAndBetween(all[m].End, second.Start, sentence.EndToken) && all[m].Name != second.Name)
                    {
                        return (all[m], second);
                    }
                    else
                    {
                        break;
                    }
                }
            }
        }

        return null;
    }

    // "X and Y", "X and Japan's Y": an "and" and no more than four tokens between two names.
    private bool HasAndBetween(int from, int to, int limit)
    {
        int a = TokenSearch.FirstAtOrAfter(Tokens, from, 0, limit);
        int b = TokenSearch.FirstAtOrAfter(Tokens, to, 0, limit);
        if (b - a > 5)
        {
            return false;
        }

        for (int k = a; k < b; k++)
        {
            if (Tokens[k].Slice(_document.Text) is "and" or "&")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The joint venture named last in this sentence or the three before: "Thai Kaneda Forge, a joint venture in which …",
    /// "a joint venture called Ebrocell", "their joint venture, HF Vehicle Works".
    /// </summary>
    public EntityMention? RecentVenture()
    {
        ReadOnlySpan<Token> tokens = Tokens;
        for (int s = Index; s >= 0 && s >= Index - 3; s--)
        {
            Sentence other = _document.Sentences[s];
            for (int t = other.EndToken - 1; t > other.FirstToken; t--)
            {
                if (tokens[t].Slice(_document.Text) is not "venture")
                {
                    continue;
                }

                // After: "venture called X", "venture, X,", "venture, to be called X,".
                int after = t + 1 < other.EndToken && tokens[t + 1].Slice(_document.Text) is "called" or "named" or "," ? t + 2 : -1;
                if (after > 0 && after + 2 < other.EndToken && tokens[after].Slice(_document.Text) is "to" && tokens[after + 1].Slice(_document.Text) is "be"
                    && tokens[after + 2].Slice(_document.Text) is "called" or "named")
                {
                    after += 3;
                }

                if (after > 0 && MentionStartingAt(_document, tokens[after].Start) is { Label: EntityLabel.Org } named)
                {
                    return named;
                }

                // Before: "X, a 50:50 joint venture …".
                for (int b = t - 1; b > other.FirstToken && b >= t - 6; b--)
                {
                    if (tokens[b].Slice(_document.Text) is "," && MentionEndingAt(_document, tokens[b - 1].End) is { Label: EntityLabel.Org } apposed)
                    {
                        return apposed;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The mention that starts at a character offset, or null.</summary>
    internal static EntityMention? MentionStartingAt(Document document, int offset)
    {
        ReadOnlySpan<EntityMention> all = document.Entities.AsSpan();
        int m = MentionSearch.FirstStartingAtOrAfter(all, offset);
        return m < all.Length && all[m].Start == offset ? all[m] : null;
    }

    /// <summary>The mention that ends at a character offset, or null.</summary>
    internal static EntityMention? MentionEndingAt(Document document, int offset)
    {
        ReadOnlySpan<EntityMention> all = document.Entities.AsSpan();
        int m = MentionSearch.FirstStartingAtOrAfter(all, offset) - 1;
        return m >= 0 && all[m].End == offset ? all[m] : null;
    }

    /// <summary>
    /// The token after a description that stands before a company's name — "the Oslo-based fund", "Singapore's",
    /// "its parts affiliate", "Finnish engineering firm" — where an organisation follows it; otherwise <paramref name="i"/>.
    /// The description ends in a company noun, a located adjective or a place's possessive, and spans at most five words.
    /// </summary>
    public int SkipCompanyDescription(int i)
    {
        for (int k = i; k < End && k < i + 5; k++)
        {
            ReadOnlySpan<char> word = Word(k);
            bool endsDescription = Entities.Names.NameCues.CompanyDescriptors.Contains(word) || word.EndsWith("-based", StringComparison.Ordinal)
                || word.EndsWith("-backed", StringComparison.Ordinal) || word.EndsWith("-owned", StringComparison.Ordinal)
                || word.EndsWith("-controlled", StringComparison.Ordinal) || word is "’s" or "'s";
            if (endsDescription && k + 1 < End && MentionAt(k + 1) is { Label: EntityLabel.Org })
            {
                return k + 1;
            }

            // Description words: lower-case words, capitalised adjectives and places ("Bavarian", "Singapore"), not a name.
            bool descriptive = Tokens[k].Kind == TokenKind.Word && word is not ("and" or "or" or "with" or "from" or "by" or "to" or "in")
                && (Text.CharClass.IsLower(word[0]) || MentionAt(k) is null or { Label: EntityLabel.Loc });
            if (!descriptive && word is not ("’s" or "'s"))
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// An unlisted capitalised name starting at token <paramref name="i"/> that no mention covers ("Hoshino",
    /// "Veloce Elettrica"), as an organisation mention of low confidence, or null. Sentence openers, determiners and
    /// capitalised words the document also writes in lower case are not names.
    /// </summary>
    public EntityMention? UnlistedNameAt(int i)
    {
        if (i < First || i >= End || MentionAt(i) is not null || !IsNameWord(i) || Entities.Names.NameCues.NonNameWords.Contains(Word(i))
            || Entities.Names.NameCues.TechnicalAcronyms.Contains(Word(i))
            || Entities.Names.NameCues.Determiners.Contains(Word(i)) || Entities.Names.NameCues.Default.Nationalities.ContainsKey(Word(i))
            || Word(i).EndsWith("-based", StringComparison.Ordinal) || Word(i).EndsWith("-headquartered", StringComparison.Ordinal))
        {
            // "Gqeberha-based" describes the name after it.
            return null;
        }

        int end = i + 1;
        while (end < End && end - i < 4 && MentionAt(end) is null && IsNameWord(end) && !Entities.Names.NameCues.NonNameWords.Contains(Word(end)))
        {
            end++;
        }

        int from = Tokens[i].Start, to = Tokens[end - 1].End;
        return new EntityMention(from, to, EntityLabel.Org, _document.Text[from..to], 0.45, EntitySource.Pattern);
    }

    private bool IsNameWord(int i) =>
        Tokens[i].Kind == TokenKind.Word && Text.CharClass.IsUpper(Word(i)[0]) && !LowerCaseElsewhere(Word(i));

    private bool LowerCaseElsewhere(ReadOnlySpan<char> word)
    {
        _lowerWords ??= BuildLowerWords(_document);
        return _lowerWords.Contains(word.ToString().ToLowerInvariant());
    }

    private HashSet<string>? _lowerWords;

    private static HashSet<string> BuildLowerWords(Document document)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Token token in document.Tokens)
        {
            if (token.Kind == TokenKind.Word && Text.CharClass.IsLower(document.Text[token.Start]))
            {
                words.Add(token.GetText(document.Text));
            }
        }

        return words;
    }

    public bool IsActor(EntityMention mention) => mention.Label is EntityLabel.Org or EntityLabel.Person;

    public TextSpan Span => Sentence.Span;
}

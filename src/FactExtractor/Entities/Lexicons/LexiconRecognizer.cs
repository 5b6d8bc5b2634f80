using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Lexicons;

/// <summary>
/// Finds the names that lexicons list — every entry's canonical name and aliases — and the matches of their patterns.
/// Names are matched token by token, case-sensitively, longest first; an entry marked <c>ambiguous=true</c> (a place or
/// model named like a common word) is accepted only with supporting context, such as a preposition of place before it
/// or a ", Region" after it. Every mention carries the entry's canonical name and the entry itself.
/// </summary>
public sealed class LexiconRecognizer : IEntityRecognizer
{
    private static readonly SpanLookup PlacePrepositions = new(["in", "at", "near", "from", "outside", "around", "to", "of", "In", "At", "Near", "From"]);

    private static readonly SpanLookup ProductDeterminers = new(
        ["the", "The", "a", "an", "its", "Its", "their", "new", "electric", "latest", "refreshed", "updated", "next-generation"]);

    private readonly SpanMap<Phrase[]> _phrasesByFirstToken;
    private readonly SpanMap<Phrase[]> _phrasesByFirstTokenIgnoreCase;
    private readonly SpanLookup _excluded;
    private readonly SpanMap<LexiconEntry> _entriesByName;
    private readonly EntityPattern[] _patterns;

    /// <summary>Builds the recognizer.</summary>
    /// <param name="lexicons">The lexicons; when two entries share a name, the first lexicon's entry wins.</param>
    /// <param name="tokenizer">The tokenizer that splits names into tokens; it must be the pipeline's. <see cref="NewsTokenizer.Default"/> when null.</param>
    /// <param name="excludedNames">Single-word names never to match (for the built-in lexicons: nationality adjectives such as "German", which name no place), or null.</param>
    public LexiconRecognizer(IEnumerable<Lexicon> lexicons, ITokenizer? tokenizer = null, IEnumerable<string>? excludedNames = null)
    {
        _excluded = new SpanLookup(excludedNames ?? []);
        ArgumentNullException.ThrowIfNull(lexicons);
        tokenizer ??= NewsTokenizer.Default;
        var byFirst = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var byName = new List<KeyValuePair<string, LexiconEntry>>();
        var patterns = new List<EntityPattern>();
        var buffer = new TokenBuffer();
        foreach (Lexicon lexicon in lexicons)
        {
            patterns.AddRange(lexicon.Patterns);
            foreach (LexiconEntry entry in lexicon.Entries)
            {
                AddPhrase(entry.Name, entry, isCanonical: true);
                foreach (string alias in entry.Aliases)
                {
                    AddPhrase(alias, entry, isCanonical: false);
                }

                foreach (string alias in entry.ContextAliases)
                {
                    AddPhrase(alias, entry, isCanonical: false, ambiguousAlias: true);
                }
            }
        }

        // A model is often named without its brand once the brand is clear: "Volkswagen Golf" → "the Golf". Such bare
        // model names need context, like ambiguous names, and never displace a name that is listed.
        // A bare name shared by several models ("EV", "Series") names none of them.
        var models = new Dictionary<string, List<LexiconEntry>>(StringComparer.Ordinal);
        foreach (Lexicon lexicon in lexicons)
        {
            foreach (LexiconEntry entry in lexicon.Entries)
            {
                if (entry.Label == EntityLabel.Product && entry.Name.LastIndexOf(' ') is > 0 and var space)
                {
                    string model = entry.Name[(space + 1)..];
                    if (model.Length >= 2 && CharClass.IsUpper(model[0]) && model.IndexOf('.') < 0)
                    {
                        if (!models.TryGetValue(model, out List<LexiconEntry>? owners))
                        {
                            models[model] = owners = [];
                        }

                        owners.Add(entry);
                    }
                }
            }
        }

        foreach (var (model, owners) in models)
        {
            if (owners.Count == 1)
            {
                AddPhrase(model, owners[0], isCanonical: false, implicitName: true);
            }
        }

        _phrasesByFirstToken = new SpanMap<Phrase[]>(
            byFirst.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.OrderByDescending(p => p.Tokens.Length).ToArray())));
        _phrasesByFirstTokenIgnoreCase = new SpanMap<Phrase[]>(
            byFirst.GroupBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
                .Select(group => KeyValuePair.Create(group.Key, group.SelectMany(pair => pair.Value).OrderByDescending(p => p.Tokens.Length).ToArray())),
            ignoreCase: true);
        _patterns = [.. patterns];
        _entriesByName = new SpanMap<LexiconEntry>(byName);
        EntryCount = seen.Count;

        void AddPhrase(string phrase, LexiconEntry entry, bool isCanonical, bool implicitName = false, bool ambiguousAlias = false)
        {
            if (!seen.Add(phrase))
            {
                return;
            }

            byName.Add(KeyValuePair.Create(phrase, entry));

            buffer.Clear();
            tokenizer.Tokenize(phrase, buffer);
            if (buffer.Count == 0)
            {
                return;
            }

            string[] tokens = new string[buffer.Count];
            for (int i = 0; i < tokens.Length; i++)
            {
                tokens[i] = buffer[i].GetText(phrase);
            }

            if (!byFirst.TryGetValue(tokens[0], out List<Phrase>? list))
            {
                byFirst[tokens[0]] = list = [];
            }

            list.Add(new Phrase(tokens, entry, isCanonical, implicitName, ambiguousAlias));
        }
    }

    // Capitalised words that end a place name: "… Springs", "… Falls", "… City".
    private static readonly SpanLookup PlaceSuffixes = new(
        ["Springs", "Falls", "City", "Heights", "Beach", "Valley", "Hills", "Creek", "Lake", "Harbor", "Harbour", "Bay", "Junction", "Township", "Village", "Mills", "Bluff", "Crossing"]);

    /// <summary>The built-in lexicons: organisations, products and places.</summary>
    public static LexiconRecognizer Default => BuiltInModels.LexiconRecognizer;

    /// <summary>Number of distinct names (canonical names and aliases) the recognizer matches.</summary>
    public int EntryCount { get; }

    /// <summary>Finds the entry that has <paramref name="name"/> as its canonical name or an alias (case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="entry">The entry, when found.</param>
    public bool TryFindEntry(ReadOnlySpan<char> name, out LexiconEntry entry) => _entriesByName.TryGetValue(name, out entry);

    /// <inheritdoc />
    public string Name => "lexicon";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

    /// <inheritdoc />
    public void Recognize(Document document, ICollection<EntityMention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ReadOnlySpan<char> text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        void Add(int start, int end, Phrase phrase) =>
            output.Add(new EntityMention(start, end, phrase.Entry.Label, phrase.Entry.Name, ConfidenceOf(phrase), EntitySource.Lexicon) { Entry = phrase.Entry });

        // Ambiguous names rejected for want of context; kept if the same entry is accepted elsewhere in the document.
        List<(int Start, int End, Phrase Phrase)>? deferred = null;
        HashSet<LexiconEntry>? accepted = null;
        Dictionary<LexiconEntry, bool>? brandNamed = null;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token first = tokens[i];
            if (first.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number))
            {
                continue;
            }

            // Datelines and headlines in capitals ("SHANGHAI, Nov. 6") match their names case-insensitively.
            bool capitals = first.Length >= 3 && CharClass.IsAllCapitals(first.Slice(text));
            if (!_phrasesByFirstToken.TryGetValue(first.Slice(text), out Phrase[] phrases)
                && !(capitals && _phrasesByFirstTokenIgnoreCase.TryGetValue(first.Slice(text), out phrases))
                && !(CompoundHead(text, first) is > 0 and var head && _phrasesByFirstToken.TryGetValue(text.Slice(first.Start, head), out phrases)))
            {
                continue;
            }

            // "Hyundai's Tucson", "Toyota’s Supra": a model right after its brand's possessive is the model, not a town.
            if (i >= 2 && tokens[i - 1].Slice(text) is "’s" or "'s" && BrandModelAfterPossessive(text, tokens, i) is { } model)
            {
                output.Add(new EntityMention(first.Start, first.End, EntityLabel.Product, model.Name, 0.8, EntitySource.Lexicon) { Entry = model });
                continue;
            }

            foreach (Phrase phrase in phrases)
            {
                int end = i + phrase.Tokens.Length;
                if (end > tokens.Length || !MatchesRest(text, tokens, i, phrase, ignoreCase: capitals) || EndsInsideWord(text, tokens, end)
                    || (phrase.Tokens.Length == 1 && _excluded.Contains(phrase.Tokens[0])))
                {
                    continue;
                }

                // "China-built", "Hong Kong-listed": the name ends at the hyphen of a compound.
                Token lastToken = tokens[end - 1];
                int stopAt = lastToken.Length == phrase.Tokens[^1].Length ? lastToken.End : lastToken.Start + phrase.Tokens[^1].Length;

                ReadOnlySpan<char> firstWord = CompoundHead(text, first) is > 0 and var firstHead && phrase.Tokens.Length == 1 ? text.Slice(first.Start, firstHead) : first.Slice(text);
                if (!firstWord.SequenceEqual(phrase.Tokens[0]) && phrase.Entry.Label != EntityLabel.Loc)
                {
                    // Only places are matched in capitals: "TESLA" in a headline is too rare to risk "US" or "ACE".
                    continue;
                }

                // "Stanton Springs", "Sioux Falls": a known name followed by a place word is a longer place the gazetteer lacks.
                if (phrase.Entry.Label == EntityLabel.Loc && end < tokens.Length && tokens[end].Start == stopAt + 1
                    && PlaceSuffixes.Contains(tokens[end].Slice(text)))
                {
                    int placeEnd = tokens[end].End;
                    output.Add(new EntityMention(first.Start, placeEnd, EntityLabel.Loc, text[first.Start..placeEnd].ToString(), 0.8, EntitySource.Pattern));
                    i = end;
                    break;
                }

                if (phrase.NeedsContext)
                {
                    if (!HasContext(document, phrase.Entry, i, end) || (phrase.IsImplicit && !BrandNamed(document, phrase.Entry, ref brandNamed)))
                    {
                        (deferred ??= []).Add((first.Start, stopAt, phrase));
                        continue;
                    }

                    (accepted ??= []).Add(phrase.Entry);
                }

                Add(first.Start, stopAt, phrase);
                i = end - 1;
                break;
            }
        }

        if (deferred is not null && accepted is not null)
        {
            foreach (var (start, end, phrase) in deferred)
            {
                if (accepted.Contains(phrase.Entry))
                {
                    Add(start, end, phrase);
                }
            }
        }

        foreach (EntityPattern pattern in _patterns)
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                int end = pattern.Match(text, tokens, i);
                if (end > i)
                {
                    int start = tokens[i].Start;
                    output.Add(new EntityMention(start, tokens[end - 1].End, pattern.Label, text[start..tokens[end - 1].End].ToString(), 0.8, EntitySource.Pattern));
                    i = end - 1;
                }
            }
        }
    }

    private static double ConfidenceOf(Phrase phrase) =>
        phrase.NeedsContext ? 0.75 : phrase.Tokens.Length > 1 || phrase.IsCanonical ? 0.92 : 0.88;

    private static bool MatchesRest(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, Phrase phrase, bool ignoreCase)
    {
        for (int k = 0; k < phrase.Tokens.Length; k++)
        {
            ReadOnlySpan<char> word = tokens[start + k].Slice(text);
            if (k == phrase.Tokens.Length - 1 && CompoundHead(text, tokens[start + k]) is > 0 and var head && head == phrase.Tokens[k].Length)
            {
                word = word[..head];
            }

            if (!(ignoreCase ? word.Equals(phrase.Tokens[k], StringComparison.OrdinalIgnoreCase) : word.SequenceEqual(phrase.Tokens[k])))
            {
                return false;
            }
        }

        return true;
    }

    // The length of "China" in "China-built": a capitalised head joined by a hyphen to a lower-case tail.
    private static int CompoundHead(ReadOnlySpan<char> text, Token token)
    {
        ReadOnlySpan<char> word = token.Slice(text);
        int hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1 || !CharClass.IsUpper(word[0]))
        {
            return -1;
        }

        foreach (char c in word[(hyphen + 1)..])
        {
            if (!CharClass.IsLower(c))
            {
                return -1;
            }
        }

        return hyphen;
    }

    // "Amazon" is a word; "Amazon.com" and "Model-3" are not, and need no context.
    private static bool IsPlainWord(string word)
    {
        foreach (char c in word)
        {
            if (!CharClass.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // "Renault-Nissan" is one token, so a match never ends inside a word; but "Ford" must not match the "Ford" of "Fords".
    private static bool EndsInsideWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end) =>
        end < tokens.Length && tokens[end].Start == tokens[end - 1].End && tokens[end].Kind == TokenKind.Word;

    // A place named like a common word needs a preposition of place or a ", Region" after it; an organisation or product
    // named like one ("Ampere", "Lotus", "Genesis") needs to stand capitalised inside a sentence, not after another
    // capitalised word ("Abraham Lincoln").
    // "the Q5" is Audi's only where the document names Audi (or its group) somewhere.
    // One search of the text per model and document, however often the model is named.
    private static bool BrandNamed(Document document, LexiconEntry entry, ref Dictionary<LexiconEntry, bool>? cache)
    {
        cache ??= [];
        if (!cache.TryGetValue(entry, out bool named))
        {
            cache[entry] = named = NamesBrand(document, entry);
        }

        return named;
    }

    private static bool NamesBrand(Document document, LexiconEntry entry) =>
        entry.Parent is not { Length: > 0 } brand || document.Text.Contains(brand, StringComparison.Ordinal)
        || (entry.Name.IndexOf(' ') is > 0 and var space && document.Text.AsSpan().Contains(entry.Name.AsSpan(0, space), StringComparison.Ordinal));

    // The model named "<brand> <word>" in the lexicon, for the word after "<brand>'s"; null where there is none.
    private LexiconEntry? BrandModelAfterPossessive(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        ReadOnlySpan<char> brand = tokens[i - 2].Slice(text), model = tokens[i].Slice(text);
        int length = brand.Length + 1 + model.Length;
        if (length > 64)
        {
            return null;
        }

        Span<char> name = stackalloc char[length];
        brand.CopyTo(name);
        name[brand.Length] = ' ';
        model.CopyTo(name[(brand.Length + 1)..]);
        return _entriesByName.TryGetValue(name, out LexiconEntry entry) && entry.Label == EntityLabel.Product ? entry : null;
    }

    private static bool HasContext(Document document, LexiconEntry entry, int start, int end)
    {
        ReadOnlySpan<char> text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        if (entry.Label == EntityLabel.Loc)
        {
            return HasPlaceContext(text, tokens, start, end);
        }

        // "Lotus has chosen …": at a sentence start, a verb that companies take decides.
        if (start == 0 || IsSentenceStart(document, start))
        {
            return entry.Label == EntityLabel.Org && end < tokens.Length && Names.NameCues.BusinessVerbs.Contains(tokens[end].Slice(text))
                && tokens[end].Slice(text) is not ("is" or "was" or "can" or "may" or "might" or "must" or "could" or "would");
        }

        // "the Supra", "its new Golf", "the Kushaq and Slavia"
        if (entry.Label == EntityLabel.Product && (ProductDeterminers.Contains(tokens[start - 1].Slice(text))
            || (tokens[start - 1].Slice(text) is "and" or "," or "or" && start > 1 && tokens[start - 2].Kind == TokenKind.Word && CharClass.IsUpper(text[tokens[start - 2].Start]))))
        {
            return true;
        }

        Token previous = tokens[start - 1];
        return !(previous.Kind == TokenKind.Word && CharClass.IsUpper(text[previous.Start]));
    }

    private static bool IsSentenceStart(Document document, int token)
    {
        ImmutableArray<Sentence> sentences = document.Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].FirstToken == token)
            {
                return true;
            }

            if (sentences[mid].FirstToken < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // An opening quote at the start of a sentence does not change that.
        return token > 0 && document.Tokens[token - 1].Kind == TokenKind.Quote && IsSentenceStart(document, token - 1);
    }

    private static bool HasPlaceContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (start > 0 && PlacePrepositions.Contains(tokens[start - 1].Slice(text)))
        {
            return true;
        }

        // "Normal, Illinois"
        return end + 1 < tokens.Length && text[tokens[end].Start] == ',' && tokens[end + 1].Kind == TokenKind.Word
            && CharClass.IsUpper(text[tokens[end + 1].Start]);
    }

    private sealed record Phrase(string[] Tokens, LexiconEntry Entry, bool IsCanonical, bool IsImplicit, bool IsAmbiguousAlias)
    {
        public bool NeedsContext => IsImplicit || IsAmbiguousAlias || (Entry.IsAmbiguous && Tokens.Length == 1 && IsPlainWord(Tokens[0]));
    }
}

using System;
using System.Collections.Generic;
using FactExtractor.Entities.Names;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Statistical;

/// <summary>
/// Finds PER, ORG and LOC names with the trained <see cref="PerceptronTagger"/>, in the stretches of each sentence around
/// capitalised words no earlier recognizer claimed. It fills gaps: a name that overlaps a mention an earlier recognizer
/// found is left to that recognizer, so lexicons and patterns keep precedence, and a tagged name must pass checks that
/// remove the kinds of guess that were wrong more often than right on the development articles (lower-case and common
/// words, short acronyms, one-word places, descriptions, names before product nouns or among places; see the README).
/// Confidence grows with the tagger's score margin. Thread-safe.
/// </summary>
public sealed class StatisticalEntityRecognizer : IEntityRecognizer
{
    private readonly PerceptronTagger _tagger;
    private readonly bool _persons;

    /// <summary>Creates the recognizer for persons, organisations and places.</summary>
    /// <param name="tagger">The tagger; the embedded model when null.</param>
    public StatisticalEntityRecognizer(PerceptronTagger? tagger = null)
        : this(tagger, persons: true)
    {
    }

    /// <summary>Creates the recognizer.</summary>
    /// <param name="tagger">The tagger; the embedded model when null.</param>
    /// <param name="persons">
    /// Whether to emit persons. The default entity layer passes false: its first-name lexicon and name patterns find
    /// persons, and the tagger's person guesses for unknown one-word names (company and brand names) were wrong more often
    /// than right on the development articles.
    /// </param>
    public StatisticalEntityRecognizer(PerceptronTagger? tagger, bool persons)
    {
        _tagger = tagger ?? StatisticalModels.Default;
        _persons = persons;
    }

    /// <summary>Whether the recognizer emits persons (organisations and places it always emits).</summary>
    public bool EmitsPersons => _persons;

    /// <inheritdoc />
    public string Name => "statistical";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

    /// <inheritdoc />
    public void Recognize(Document document, ICollection<EntityMention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        int longest = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            longest = Math.Max(longest, sentence.TokenCount);
        }

        // The words the earlier recognizers found, for the one-reading-per-document check (built on first need).
        HashSet<string>? names = null;
        var tagBuffer = new int[longest];
        var marginBuffer = new float[longest];
        int cursor = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            // Tagging costs most of this recognizer's time, so only the stretches around words that could start a new
            // name are tagged: a word that starts with a capital or a digit outside every earlier mention (an opening
            // word common in lower case aside), from two words before it to two after. Sentences without one are skipped.
            int windowFirst = -1, windowEnd = -1;
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!UncoveredName(document, sentence, k, ref cursor))
                {
                    continue;
                }

                int from = Math.Max(sentence.FirstToken, k - 2), to = Math.Min(sentence.EndToken, k + 3);
                if (windowFirst >= 0 && from <= windowEnd)
                {
                    windowEnd = to;
                    continue;
                }

                if (windowFirst >= 0)
                {
                    TagWindow(document, sentence, windowFirst, windowEnd, tagBuffer, marginBuffer, ref names, output);
                }

                windowFirst = from;
                windowEnd = to;
            }

            if (windowFirst >= 0)
            {
                TagWindow(document, sentence, windowFirst, windowEnd, tagBuffer, marginBuffer, ref names, output);
            }
        }
    }

    // Tags the tokens [first, end) of a sentence and adds the names that pass the checks.
    private void TagWindow(Document document, Sentence sentence, int first, int end, int[] tagBuffer, float[] marginBuffer, ref HashSet<string>? names, ICollection<EntityMention> output)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int length = end - first;
        Span<int> tags = tagBuffer.AsSpan(0, length);
        Span<float> margins = marginBuffer.AsSpan(0, length);
        _tagger.Predict(document.Text, tokens, sentence.FirstToken, sentence.EndToken, first, end, tags, margins);
        for (int i = 0; i < length; i++)
        {
            if (tags[i] is not (1 or 3 or 5))
            {
                continue;
            }

            int stop = i + 1;
            float margin = margins[i];
            while (stop < length && tags[stop] == tags[i] + 1)
            {
                margin = Math.Min(margin, margins[stop]);
                stop++;
            }

            int from = tokens[first + i].Start, to = tokens[first + stop - 1].End;
            if ((_persons || tags[i] != 1) && Plausible(document, first + i, first + stop, Label(tags[i]), names ??= KnownNames(document)) && !Overlaps(document, from, to))
            {
                double confidence = 1 / (1 + Math.Exp(-margin / 4));
                output.Add(new EntityMention(from, to, Label(tags[i]), document.Text[from..to], Math.Round(confidence, 4), EntitySource.Model));
            }

            i = stop - 1;
        }
    }

    private static HashSet<string> KnownNames(Document document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityMention mention in document.Entities)
        {
            names.Add(document.Text[mention.Start..mention.End]);
        }

        return names;
    }

    // Whether token k of the sentence starts with a capital or a digit and lies outside every earlier mention, other than
    // an opening word common in lower case ("The", "Shareholders"). Tokens are asked in text order and mentions visited
    // once over the document: cursor is the first mention that may still reach token k.
    private bool UncoveredName(Document document, Sentence sentence, int k, ref int cursor)
    {
        Token token = document.Tokens[k];
        string text = document.Text;
        char initial = text[token.Start];
        if (!char.IsUpper(initial) && !char.IsDigit(initial))
        {
            return false;
        }

        ReadOnlySpan<EntityMention> mentions = document.Entities.AsSpan();
        while (cursor < mentions.Length && mentions[cursor].End <= token.Start)
        {
            cursor++;
        }

        bool covered = cursor < mentions.Length && mentions[cursor].Start <= token.Start;
        return !covered && !(k == sentence.FirstToken && _tagger.IsCommonWord(token.Slice(text)));
    }

    // The checks a tagged name must pass before it joins the rule-based mentions; each removes a kind of guess that was
    // wrong more often than right on the development articles.
    private bool Plausible(Document document, int first, int end, EntityLabel label, HashSet<string> known)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;
        int from = tokens[first].Start, to = tokens[end - 1].End;
        char initial = text[from];

        // News capitalises names; the tagger's training data includes tweets that do not.
        if (!char.IsUpper(initial) && !char.IsDigit(initial))
        {
            return false;
        }

        // A description of common words ("Series D", "Moroccan state"), or a legal form alone ("Co.").
        if (OnlyCommonWords(tokens, first, end, text) || (end - first == 1 && NameCues.LegalForms.Contains(tokens[first].Slice(text))))
        {
            return false;
        }

        if (end - first == 1)
        {
            ReadOnlySpan<char> word = tokens[first].Slice(text);

            // One word that is common in lower case ("Normal operations resumed", "Shareholders contributed", "We build");
            // a short acronym ("GS", "EV"), more often a technical term than a name the lexicons lack; a hyphenated word
            // ("Ford-Werke", "Billy-Berclau"), company or town alike, which the name rules read better.
            if (_tagger.IsCommonWord(word) || (word.Length <= 3 && AllCapitals(word)) || word.IndexOf('-') > 0)
            {
                return false;
            }

            // One word after a determiner names a model or a river more often than a company ("The Tiago is built",
            // "the Danube").
            if (first > 0 && tokens[first - 1].Slice(text) is "the" or "The" or "a" or "A" or "an" or "An" or "its" or "Its" or "their" or "Their")
            {
                return false;
            }

            // One word the tagger takes for a place but the gazetteer of 50,000 places does not know.
            if (label == EntityLabel.Loc)
            {
                return false;
            }

            // One word among places is a place, whatever the tagger says: coordinated with one ("two plants: Kvasnovo,
            // Kolín") or owning one ("Ebro's Barcelona beaches").
            ReadOnlySpan<char> before = first > 0 ? tokens[first - 1].Slice(text) : default, after = end < tokens.Length ? tokens[end].Slice(text) : default;
            bool inList = before is ":" or "," or "and" or "or";
            if ((inList && after is "," or "and" or "or" && LabelAt(document, end + 1, EntityLabel.Loc))
                || (after is "'s" or "’s" && LabelAt(document, end + 1, EntityLabel.Loc))
                || (first >= 2 && before is "," or "and" or "or" && LabelEndingAt(document, first - 2, EntityLabel.Loc)))
            {
                return false;
            }
        }

        // A name joined to a model an earlier recognizer found is a model too ("the new Ertiga and Ciaz", "Ciaz and the
        // Ertiga").
        ReadOnlySpan<char> joinBefore = first > 0 ? tokens[first - 1].Slice(text) : default, joinAfter = end < tokens.Length ? tokens[end].Slice(text) : default;
        int joined = end + 1 < tokens.Length && tokens[end + 1].Slice(text) is "the" ? end + 2 : end + 1;
        if ((first >= 2 && joinBefore is "," or "and" or "or" && LabelEndingAt(document, first - 2, EntityLabel.Product))
            || (joinAfter is "," or "and" or "or" && LabelAt(document, joined, EntityLabel.Product)))
        {
            return false;
        }

        // A name before a product noun is a model's name ("the Transit-based Kestrel van"), left to the product rules.
        if (end < tokens.Length && NameCues.ProductNouns.Contains(tokens[end].Slice(text)))
        {
            return false;
        }

        // The document's own reading of the same words wins: words an earlier recognizer labelled ("At Velkora, …", a
        // town) are not relabelled by the tagger where they recur.
        if (known.Contains(text[from..to]))
        {
            return false;
        }

        return !AdjectivalCompound(text, from, to);
    }

    // Several words that describe rather than name: common words with a single letter, number or Roman numeral ("Series
    // D", "Phase II") or after a nationality ("Moroccan state", "German carmaker").
    private bool OnlyCommonWords(ReadOnlySpan<Token> tokens, int first, int end, string text)
    {
        if (end - first < 2)
        {
            return false;
        }

        bool marker = NameCues.Default.Nationalities.ContainsKey(tokens[first].Slice(text));
        for (int k = marker ? first + 1 : first; k < end; k++)
        {
            ReadOnlySpan<char> word = tokens[k].Slice(text);
            if (word.Length == 1 || (word.Length <= 4 && AllRoman(word)) || char.IsDigit(word[0]))
            {
                marker = true;
            }
            else if (!_tagger.IsCommonWord(word))
            {
                return false;
            }
        }

        return marker;
    }

    private static bool AllRoman(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    private static EntityLabel Label(int tag) => tag switch { 1 or 2 => EntityLabel.Person, 3 or 4 => EntityLabel.Org, _ => EntityLabel.Loc };

    // Whether an earlier recognizer's place starts at token k.
    // Whether an earlier recognizer's mention of a label starts with token k.
    private static bool LabelAt(Document document, int k, EntityLabel label) =>
        k < document.Tokens.Length && MentionStartingAt(document, document.Tokens[k].Start) is { } mention && mention.Label == label;

    // Whether an earlier recognizer's mention of a label ends with token k.
    private static bool LabelEndingAt(Document document, int k, EntityLabel label)
    {
        ReadOnlySpan<EntityMention> mentions = document.Entities.AsSpan();
        int end = document.Tokens[k].End;
        for (int m = MentionSearch.FirstStartingAtOrAfter(mentions, end) - 1; m >= 0 && mentions[m].Start > end - 256; m--)
        {
            if (mentions[m].End == end)
            {
                return mentions[m].Label == label;
            }
        }

        return false;
    }

    private static EntityMention? MentionStartingAt(Document document, int start)
    {
        ReadOnlySpan<EntityMention> mentions = document.Entities.AsSpan();
        int m = MentionSearch.FirstStartingAtOrAfter(mentions, start);
        return m < mentions.Length && mentions[m].Start == start ? mentions[m] : null;
    }

    private static bool AllCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // "Rīga-based", "China-built", "Hong Kong-listed": a name joined to a lower-case word by a hyphen is an adjective; the
    // name inside it is not a mention of its own, and the tokenizer keeps the compound whole.
    private static bool AdjectivalCompound(string text, int from, int to)
    {
        int hyphen = text.AsSpan(from, to - from).LastIndexOf('-');
        return hyphen > 0 && from + hyphen + 1 < to && char.IsLower(text[from + hyphen + 1]);
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

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
        Mentions = mentions;
    }

    public int Index { get; }

    /// <summary>The next sentence of the document, or null.</summary>
    public SentenceView? Next { get; private set; }

    public Sentence Sentence { get; }

    public List<EntityMention> Mentions { get; }

    public Document Document => _document;

    public int First => Sentence.FirstToken;

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

    public ReadOnlySpan<char> Word(int i) => i >= 0 && i < Tokens.Length ? Tokens[i].Slice(_document.Text) : default;

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
    /// An unlisted capitalised name starting at token <paramref name="i"/> that no mention covers ("Hoshino",
    /// "Veloce Elettrica"), as an organisation mention of low confidence, or null. Sentence openers, determiners and
    /// capitalised words the document also writes in lower case are not names.
    /// </summary>
    public EntityMention? UnlistedNameAt(int i)
    {
        if (i < First || i >= End || MentionAt(i) is not null || !IsNameWord(i) || Entities.Names.NameCues.NonNameWords.Contains(Word(i))
            || Entities.Names.NameCues.Determiners.Contains(Word(i)) || Entities.Names.NameCues.Default.Nationalities.ContainsKey(Word(i)))
        {
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

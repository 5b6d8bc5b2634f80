using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Lexicons;

/// <summary>
/// A token pattern that names entities the lexicons do not list (the EntityRuler idea). A pattern is a space-separated
/// sequence of elements, each matching one token: a literal (<c>Motors</c>, matched exactly), or a class —
/// <c>{Cap}</c> a capitalised word, <c>{Upper}</c> an all-capitals word, <c>{Lower}</c> a lower-case word,
/// <c>{Word}</c> any word, <c>{Num}</c> a number. An element may end in <c>?</c> (optional), <c>+</c> (one or more) or
/// <c>*</c> (any number). Example: <c>{Cap}+ Motors</c> matches "Huayan Motors" and "Great Wall Motors".
/// A match spans at most <see cref="MaxTokens"/> tokens.
/// </summary>
public sealed class EntityPattern
{
    /// <summary>The longest match, in tokens.</summary>
    public const int MaxTokens = 12;

    private readonly Element[] _elements;

    private EntityPattern(EntityLabel label, string source, Element[] elements, ImmutableDictionary<string, string> attributes)
    {
        Label = label;
        Source = source;
        _elements = elements;
        Attributes = attributes;
    }

    private enum ElementKind
    {
        Literal,
        Capitalized,
        Upper,
        Lower,
        Word,
        Number,
    }

    /// <summary>The label given to matches.</summary>
    public EntityLabel Label { get; }

    /// <summary>The pattern as written.</summary>
    public string Source { get; }

    /// <summary>Attributes carried by matches, as in a lexicon entry.</summary>
    public ImmutableDictionary<string, string> Attributes { get; }

    /// <summary>Parses a pattern.</summary>
    /// <param name="label">The label given to matches.</param>
    /// <param name="pattern">The pattern text.</param>
    /// <param name="attributes">Attributes carried by matches, or null.</param>
    /// <exception cref="FormatException">When the pattern is malformed; the message says where.</exception>
    public static EntityPattern Parse(EntityLabel label, string pattern, IReadOnlyDictionary<string, string>? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var elements = new List<Element>();
        foreach (string part in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string body = part;
            int min = 1, max = 1;
            if (body.Length > 1 && body[^1] is '?' or '+' or '*')
            {
                (min, max) = body[^1] switch { '?' => (0, 1), '+' => (1, MaxTokens), _ => (0, MaxTokens) };
                body = body[..^1];
            }

            ElementKind kind;
            if (body.StartsWith('{') && body.EndsWith('}'))
            {
                kind = body switch
                {
                    "{Cap}" => ElementKind.Capitalized,
                    "{Upper}" => ElementKind.Upper,
                    "{Lower}" => ElementKind.Lower,
                    "{Word}" => ElementKind.Word,
                    "{Num}" => ElementKind.Number,
                    _ => throw new FormatException($"Unknown token class '{body}' in pattern '{pattern}'; use {{Cap}}, {{Upper}}, {{Lower}}, {{Word}} or {{Num}}."),
                };
                body = string.Empty;
            }
            else
            {
                kind = ElementKind.Literal;
            }

            elements.Add(new Element(kind, body, min, max));
        }

        if (elements.Count == 0)
        {
            throw new FormatException("A pattern needs at least one element.");
        }

        if (elements.TrueForAll(e => e.Min == 0))
        {
            throw new FormatException($"Pattern '{pattern}' can match nothing; at least one element must be required.");
        }

        return new EntityPattern(label, pattern, [.. elements],
            attributes is null ? ImmutableDictionary<string, string>.Empty : attributes.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>The end (exclusive token index) of the longest match starting at token <paramref name="start"/>, or -1.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The document tokens.</param>
    /// <param name="start">The token index where the match must start.</param>
    public int Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start)
    {
        int limit = Math.Min(tokens.Length, start + MaxTokens);
        return MatchFrom(text, tokens, 0, start, limit);
    }

    private int MatchFrom(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int element, int position, int limit)
    {
        if (element == _elements.Length)
        {
            return position;
        }

        Element e = _elements[element];
        int count = 0;
        while (count < e.Max && position + count < limit && e.Matches(text, tokens[position + count]))
        {
            count++;
        }

        // Longest first, backing off so that later elements can match.
        for (; count >= e.Min; count--)
        {
            int end = MatchFrom(text, tokens, element + 1, position + count, limit);
            if (end >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    private readonly record struct Element(ElementKind Kind, string Literal, int Min, int Max)
    {
        public bool Matches(ReadOnlySpan<char> text, Token token)
        {
            ReadOnlySpan<char> value = token.Slice(text);
            bool isWord = token.Kind is TokenKind.Word or TokenKind.Abbreviation;
            return Kind switch
            {
                ElementKind.Literal => value.SequenceEqual(Literal),
                ElementKind.Capitalized => isWord && CharClass.IsUpper(value[0]),
                ElementKind.Upper => isWord && value.Length > 1 && IsAllUpper(value),
                ElementKind.Lower => isWord && CharClass.IsLower(value[0]),
                ElementKind.Word => isWord,
                _ => token.Kind == TokenKind.Number,
            };
        }

        private static bool IsAllUpper(ReadOnlySpan<char> value)
        {
            foreach (char c in value)
            {
                if (CharClass.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

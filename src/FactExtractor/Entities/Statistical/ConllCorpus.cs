using System;
using System.Collections.Generic;
using System.IO;

namespace FactExtractor.Entities.Statistical;

/// <summary>A sentence of a CoNLL file: its tokens and their BIO tags over PER, ORG and LOC.</summary>
/// <param name="Tokens">The tokens.</param>
/// <param name="Tags">One tag per token: <c>O</c>, <c>B-PER</c>, <c>I-PER</c>, <c>B-ORG</c>, <c>I-ORG</c>, <c>B-LOC</c>, <c>I-LOC</c>.</param>
public sealed record TaggedSentence(string[] Tokens, string[] Tags);

/// <summary>
/// Reads CoNLL-style files — one token a line, the tag in the last column, a blank line between sentences,
/// <c>-DOCSTART-</c> lines skipped — and maps their label sets onto PER, ORG and LOC in BIO form: person → PER;
/// organisation, corporation and group → ORG; location and geo-loc → LOC; everything else (MISC, product,
/// creative-work) → O. IO tagging is turned into BIO.
/// </summary>
public static class ConllCorpus
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">The CoNLL file.</param>
    public static List<TaggedSentence> Read(string path)
    {
        var sentences = new List<TaggedSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            string[] fields = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
            {
                continue;
            }

            tokens.Add(fields[0]);
            tags.Add(MapTag(fields[^1]));
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new TaggedSentence([.. tokens], ToBio([.. tags])));
                tokens.Clear();
                tags.Clear();
            }
        }
    }

    /// <summary>Maps a source tag onto <c>O</c>, <c>B-/I-PER</c>, <c>B-/I-ORG</c> or <c>B-/I-LOC</c>.</summary>
    /// <param name="tag">The tag as written in the file.</param>
    public static string MapTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.Length < 3 || tag[1] != '-')
        {
            return "O";
        }

        string type = tag[2..].ToLowerInvariant() switch
        {
            "per" or "person" => "PER",
            "org" or "corporation" or "group" or "organization" or "organisation" => "ORG",
            "loc" or "location" or "geo-loc" or "gpe" => "LOC",
            _ => string.Empty,
        };
        return type.Length == 0 ? "O" : $"{char.ToUpperInvariant(tag[0])}-{type}";
    }

    // IO files ("I-PER I-PER") mark the first token of a name with I-: make it B-.
    private static string[] ToBio(string[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i].StartsWith("I-", StringComparison.Ordinal) && (i == 0 || tags[i - 1] == "O" || tags[i - 1][2..] != tags[i][2..]))
            {
                tags[i] = "B-" + tags[i][2..];
            }
        }

        return tags;
    }
}

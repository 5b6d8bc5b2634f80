using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;

namespace FactExtractor.Entities.Lexicons;

/// <summary>
/// A named set of lexicon entries and entity patterns, read from the plain tab-separated format of the files in
/// <c>models/lexicons</c>. One entry a line:
/// <code>LABEL&lt;TAB&gt;canonical name&lt;TAB&gt;alias|alias|…&lt;TAB&gt;key=value;key=value</code>
/// the last two fields optional; a pattern line puts <c>PATTERN:LABEL</c> first and an <see cref="EntityPattern"/> second.
/// Lines that are empty or start with <c>#</c> are ignored.
/// </summary>
public sealed class Lexicon
{
    private Lexicon(string name, ImmutableArray<LexiconEntry> entries, ImmutableArray<EntityPattern> patterns)
    {
        Name = name;
        Entries = entries;
        Patterns = patterns;
    }

    /// <summary>The lexicon's name (its file name, for the built-in ones).</summary>
    public string Name { get; }

    /// <summary>The entries.</summary>
    public ImmutableArray<LexiconEntry> Entries { get; }

    /// <summary>The patterns.</summary>
    public ImmutableArray<EntityPattern> Patterns { get; }

    /// <summary>Creates a lexicon from code.</summary>
    /// <param name="name">A name for messages.</param>
    /// <param name="entries">The entries.</param>
    /// <param name="patterns">The patterns, or null.</param>
    public static Lexicon Create(string name, IEnumerable<LexiconEntry> entries, IEnumerable<EntityPattern>? patterns = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(entries);
        return new Lexicon(name, [.. entries], patterns is null ? [] : [.. patterns]);
    }

    /// <summary>Reads a lexicon file (UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="LexiconFormatException">When a line is malformed; the message names the file and line.</exception>
    public static Lexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path);
    }

    /// <summary>Reads a lexicon in the file format.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">A name for messages, such as the file path.</param>
    /// <exception cref="LexiconFormatException">When a line is malformed; the message names the source and line.</exception>
    public static Lexicon Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var entries = ImmutableArray.CreateBuilder<LexiconEntry>();
        var patterns = ImmutableArray.CreateBuilder<EntityPattern>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length is < 2 or > 4)
            {
                throw new LexiconFormatException(source, lineNumber,
                    $"expected 2 to 4 tab-separated fields (label, name, aliases, attributes), found {fields.Length}.");
            }

            string labelField = fields[0].Trim();
            bool isPattern = labelField.StartsWith("PATTERN:", StringComparison.Ordinal);
            string labelName = isPattern ? labelField["PATTERN:".Length..] : labelField;
            if (!EntityLabels.TryParse(labelName, out EntityLabel label))
            {
                throw new LexiconFormatException(source, lineNumber,
                    $"unknown label '{labelName}'; use ORG, PERSON, LOC, FACILITY, PRODUCT, MONEY, DATE, PERCENT, QUANTITY, CARDINAL or ORDINAL.");
            }

            string name = fields[1].Trim();
            if (name.Length == 0)
            {
                throw new LexiconFormatException(source, lineNumber, isPattern ? "the pattern is empty." : "the name is empty.");
            }

            Dictionary<string, string> attributes = fields.Length > 3 ? ParseAttributes(fields[3], source, lineNumber) : [];
            if (isPattern)
            {
                try
                {
                    patterns.Add(EntityPattern.Parse(label, name, attributes));
                }
                catch (FormatException ex)
                {
                    throw new LexiconFormatException(source, lineNumber, ex.Message);
                }

                continue;
            }

            var aliases = new List<string>();
            if (fields.Length > 2)
            {
                foreach (string alias in fields[2].Split('|'))
                {
                    string trimmed = alias.Trim();
                    if (trimmed.Length > 0 && trimmed != name)
                    {
                        aliases.Add(trimmed);
                    }
                }
            }

            entries.Add(new LexiconEntry(label, name, aliases, attributes));
        }

        return new Lexicon(Path.GetFileName(source), entries.ToImmutable(), patterns.ToImmutable());
    }

    private static Dictionary<string, string> ParseAttributes(string field, string source, int lineNumber)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new LexiconFormatException(source, lineNumber, $"attribute '{pair}' is not of the form key=value.");
            }

            attributes[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }

        return attributes;
    }
}

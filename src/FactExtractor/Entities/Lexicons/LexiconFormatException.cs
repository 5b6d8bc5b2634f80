using System;

namespace FactExtractor.Entities.Lexicons;

/// <summary>Thrown when a lexicon file is malformed; the message names the source and the line.</summary>
public sealed class LexiconFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file or source name.</param>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="problem">What is wrong with the line.</param>
    public LexiconFormatException(string source, int lineNumber, string problem)
        : base($"{source}:{lineNumber}: {problem}")
    {
        Source = source;
        LineNumber = lineNumber;
    }

    /// <summary>Creates the exception.</summary>
    public LexiconFormatException()
    {
        Source = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public LexiconFormatException(string message)
        : base(message)
    {
        Source = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = string.Empty;
    }

    /// <summary>The file or source name.</summary>
    public new string Source { get; }

    /// <summary>The 1-based line number of the malformed line.</summary>
    public int LineNumber { get; }
}

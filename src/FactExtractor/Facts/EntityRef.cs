using System;
using FactExtractor.Entities;
using FactExtractor.Text;

namespace FactExtractor.Facts;

/// <summary>
/// A reference from a fact to an entity: its canonical <see cref="Name"/>, the surface <see cref="Text"/> at the place the
/// fact cites, its label and the half-open character range <c>[Start, End)</c> of that surface form. A description
/// ("the press release", "a Renault top manager") has no label.
/// </summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Text">The surface form at this place.</param>
/// <param name="Label">The entity label, or null for a description.</param>
/// <param name="Start">Offset of the first character (inclusive).</param>
/// <param name="End">Offset one past the last character (exclusive).</param>
public sealed record EntityRef(string Name, string Text, EntityLabel? Label, int Start, int End)
{
    /// <summary>A reference to a mention of <paramref name="document"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mention">The mention.</param>
    public static EntityRef From(Document document, EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mention);
        return new EntityRef(mention.Name, document.Slice(mention.Span).ToString(), mention.Label, mention.Start, mention.End);
    }

    /// <summary>A reference to a description or name that no mention covers.</summary>
    /// <param name="document">The document.</param>
    /// <param name="span">The characters of the description.</param>
    /// <param name="name">The canonical form, or null to use the text.</param>
    public static EntityRef Describe(Document document, TextSpan span, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Slice(span).ToString();
        return new EntityRef(name ?? text, text, null, span.Start, span.End);
    }
}

/// <summary>How far a stated plan has gone.</summary>
public enum FactStatus
{
    /// <summary>Done: has invested, raised, closed, bought.</summary>
    Completed,

    /// <summary>Decided or announced: will invest, plans to, agreed to.</summary>
    Planned,

    /// <summary>Wished or considered: wants to, is ready to, considers, may.</summary>
    Intended,
}

namespace FactExtractor.Tokenization;

/// <summary>What a token is, as decided by the tokenizer from its characters alone.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters and digits, possibly joined by inner hyphens or apostrophes: <c>Renault-Nissan</c>, <c>e-tron</c>, <c>CX-5</c>, <c>O'Neill</c>.</summary>
    Word,

    /// <summary>A number with optional digit grouping and decimals: <c>4.33</c>, <c>5,000</c>, <c>11 000</c>, <c>2023-11-01</c>.</summary>
    Number,

    /// <summary>A digit ordinal: <c>1st</c>, <c>6th</c>, <c>23rd</c>.</summary>
    Ordinal,

    /// <summary>A word whose final period belongs to it: <c>Mr.</c>, <c>Inc.</c>, <c>U.S.</c>, <c>e.g.</c>, initials such as <c>J.</c>.</summary>
    Abbreviation,

    /// <summary>A clitic split from the word before it: possessive <c>'s</c>/<c>’s</c>, <c>n't</c>, <c>'re</c>, <c>'ll</c>.</summary>
    Clitic,

    /// <summary>Sentence and clause punctuation: <c>. , ; : ! ? ( ) [ ]</c> and the like.</summary>
    Punctuation,

    /// <summary>A quotation mark, straight or typographic: <c>" ' “ ” ‘ ’ « » „</c>.</summary>
    Quote,

    /// <summary>A hyphen, en dash or em dash standing alone, or a run of hyphens.</summary>
    Dash,

    /// <summary>An ellipsis: <c>…</c> or a run of two or more periods.</summary>
    Ellipsis,

    /// <summary>A currency sign: <c>€ $ £ ¥ ₹ ₩</c> and every other Unicode currency symbol.</summary>
    Currency,

    /// <summary>Any other symbol: <c>% &amp; + = °</c>, emoji, and characters no other kind covers.</summary>
    Symbol,

    /// <summary>A web address: <c>https://example.com/a?b=c</c>, <c>www.example.com</c>.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A hashtag: <c>#EV</c>.</summary>
    Hashtag,

    /// <summary>A social-media handle: <c>@renault</c>.</summary>
    Mention,
}

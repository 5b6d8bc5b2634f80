namespace FactExtractor.Text;

/// <summary>
/// Accent folding by table for the Latin letters of the Latin-1 Supplement and Latin Extended-A blocks
/// (<c>é</c> → <c>e</c>, <c>Š</c> → <c>s</c>, <c>ł</c> → <c>l</c>), independent of ICU and of the host's globalization mode.
/// </summary>
public static class TextFolding
{
    // Lower-case Latin-1 Supplement and Latin Extended-A letters, from U+00E0, and their base letters.
    private const string From = "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĸĺļľŀłńņňŉŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžſ";
    private const string To = "aaaaaaaceeeeiiiidnoooooouuuuytyaaaccccddeeeeegggghhiiiiiijkklllllnnnnnoooorrrsssstttuuuuuuwyzzzs";

    /// <summary>The base letter of a lower-case accented Latin letter, or the letter itself.</summary>
    /// <param name="c">A lower-case character.</param>
    public static char Fold(char c)
    {
        if (c < '\u00E0' || c > '\u017F')
        {
            return c;
        }

        int index = From.IndexOf(c, System.StringComparison.Ordinal);
        return index >= 0 ? To[index] : c;
    }
}

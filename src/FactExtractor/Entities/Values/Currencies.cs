using System;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Values;

/// <summary>How currencies are written in news: signs, ISO codes, local abbreviations and words.</summary>
internal static class Currencies
{
    private static readonly SpanMap<string> Signs = new(
    [
        new("€", "EUR"), new("$", "USD"), new("£", "GBP"), new("¥", "JPY"), new("₹", "INR"), new("₩", "KRW"), new("₽", "RUB"),
        new("₺", "TRY"), new("₫", "VND"), new("₱", "PHP"), new("฿", "THB"), new("₪", "ILS"), new("₦", "NGN"), new("₴", "UAH"),
        new("₣", "CHF"), new("元", "CNY"), new("₨", "INR"),
    ]);

    // Letters glued before "$": HK$41bn, US$5m, C$2bn.
    private static readonly SpanMap<string> DollarPrefixes = new(
    [
        new("US", "USD"), new("U.S.", "USD"), new("HK", "HKD"), new("C", "CAD"), new("CA", "CAD"), new("Can", "CAD"),
        new("A", "AUD"), new("AU", "AUD"), new("S", "SGD"), new("NZ", "NZD"), new("R", "BRL"), new("NT", "TWD"), new("MX", "MXN"),
    ]);

    private static readonly SpanMap<string> Codes = new(
    [
        new("EUR", "EUR"), new("USD", "USD"), new("GBP", "GBP"), new("JPY", "JPY"), new("CNY", "CNY"), new("RMB", "CNY"),
        new("CNH", "CNY"), new("INR", "INR"), new("KRW", "KRW"), new("CHF", "CHF"), new("SEK", "SEK"), new("NOK", "NOK"),
        new("DKK", "DKK"), new("PLN", "PLN"), new("CZK", "CZK"), new("HUF", "HUF"), new("RON", "RON"), new("BRL", "BRL"),
        new("MXN", "MXN"), new("CAD", "CAD"), new("AUD", "AUD"), new("HKD", "HKD"), new("SGD", "SGD"), new("TWD", "TWD"),
        new("THB", "THB"), new("IDR", "IDR"), new("MYR", "MYR"), new("ZAR", "ZAR"), new("TRY", "TRY"), new("RUB", "RUB"),
        new("SAR", "SAR"), new("AED", "AED"), new("VND", "VND"), new("ILS", "ILS"), new("NZD", "NZD"), new("QAR", "QAR"),
        new("MAD", "MAD"), new("EGP", "EGP"), new("NGN", "NGN"), new("KES", "KES"), new("GHS", "GHS"), new("UZS", "UZS"),
        new("KZT", "KZT"), new("UAH", "UAH"), new("PHP", "PHP"), new("PKR", "PKR"), new("BDT", "BDT"), new("LKR", "LKR"),
        new("CLP", "CLP"), new("COP", "COP"), new("ARS", "ARS"), new("PEN", "PEN"), new("KWD", "KWD"), new("BHD", "BHD"),
        new("OMR", "OMR"), new("RSD", "RSD"), new("BGN", "BGN"), new("ISK", "ISK"), new("TND", "TND"), new("ETB", "ETB"),
        new("Rs", "INR"), new("Rs.", "INR"), new("Re", "INR"), new("Re.", "INR"), new("Rp", "IDR"), new("zł", "PLN"), new("Kč", "CZK"), new("Ft", "HUF"),
    ]);

    private static readonly SpanMap<string> Words = new(
    [
        new("euro", "EUR"), new("euros", "EUR"), new("dollar", "USD"), new("dollars", "USD"), new("pound", "GBP"),
        new("pounds", "GBP"), new("sterling", "GBP"), new("yen", "JPY"), new("yuan", "CNY"), new("renminbi", "CNY"),
        new("rupee", "INR"), new("rupees", "INR"), new("won", "KRW"), new("franc", "CHF"), new("francs", "CHF"),
        new("krona", "SEK"), new("kronor", "SEK"), new("krone", "NOK"), new("kroner", "NOK"), new("zloty", "PLN"),
        new("złoty", "PLN"), new("zlotys", "PLN"), new("zlotych", "PLN"), new("koruna", "CZK"), new("korunas", "CZK"), new("forint", "HUF"),
        new("forints", "HUF"), new("lei", "RON"), new("reais", "BRL"), new("peso", "MXN"), new("pesos", "MXN"), new("rand", "ZAR"),
        new("lira", "TRY"), new("liras", "TRY"), new("riyal", "SAR"), new("riyals", "SAR"), new("dirham", "AED"),
        new("dirhams", "AED"), new("ringgit", "MYR"), new("baht", "THB"), new("rupiah", "IDR"), new("dong", "VND"),
        new("roubles", "RUB"), new("rubles", "RUB"), new("shilling", "KES"), new("shillings", "KES"), new("naira", "NGN"), new("cedi", "GHS"),
        new("cedis", "GHS"), new("soum", "UZS"), new("tenge", "KZT"), new("hryvnia", "UAH"), new("hryvnias", "UAH"),
        new("soles", "PEN"), new("crowns", "SEK"), new("crown", "SEK"),
    ], ignoreCase: true);

    // Words before "dollars", "francs", "krone", "pesos" that name whose currency it is.
    private static readonly SpanMap<string> Qualifiers = new(
    [
        new("US", "USD"), new("U.S.", "USD"), new("American", "USD"), new("Canadian", "CAD"), new("Australian", "AUD"),
        new("Singapore", "SGD"), new("Taiwan", "TWD"), new("Taiwanese", "TWD"), new("Swiss", "CHF"), new("Swedish", "SEK"),
        new("Norwegian", "NOK"), new("Danish", "DKK"), new("Mexican", "MXN"), new("Brazilian", "BRL"), new("Chinese", "CNY"),
        new("Japanese", "JPY"), new("Indian", "INR"), new("Turkish", "TRY"), new("Saudi", "SAR"), new("Polish", "PLN"),
        new("Czech", "CZK"), new("Hungarian", "HUF"), new("Romanian", "RON"), new("Korean", "KRW"), new("British", "GBP"),
        new("Kenyan", "KES"), new("Ugandan", "UGX"), new("Tanzanian", "TZS"), new("Nigerian", "NGN"), new("Philippine", "PHP"),
        new("Chilean", "CLP"), new("Colombian", "COP"), new("Argentine", "ARS"), new("Argentinian", "ARS"),
    ]);

    /// <summary>The currency a word such as <c>euro</c> or <c>dollars</c> names.</summary>
    public static bool TryWord(ReadOnlySpan<char> word, out string code)
    {
        if (Words.TryGetValue(word, out string? found))
        {
            code = found;
            return true;
        }

        code = string.Empty;
        return false;
    }

    /// <summary>
    /// Reads a currency written before an amount at token <paramref name="i"/>: a sign (<c>€</c>), a prefixed dollar
    /// (<c>HK$</c>), a code (<c>USD</c>, <c>Rs</c>).
    /// </summary>
    /// <returns>The token index after the currency, or -1.</returns>
    public static int ReadPrefix(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out string code)
    {
        Token token = tokens[i];
        ReadOnlySpan<char> value = token.Slice(text);
        if (token.Kind is TokenKind.Word or TokenKind.Abbreviation && i + 1 < tokens.Length && tokens[i + 1].Start == token.End
            && text[tokens[i + 1].Start] == '$' && DollarPrefixes.TryGetValue(value, out code!))
        {
            return i + 2;
        }

        if (token.Kind == TokenKind.Currency && Signs.TryGetValue(value, out code!))
        {
            return i + 1;
        }

        if (token.Kind is TokenKind.Word or TokenKind.Abbreviation && Codes.TryGetValue(value, out code!))
        {
            return i + 1;
        }

        code = string.Empty;
        return -1;
    }

    /// <summary>
    /// Reads a currency written after an amount at token <paramref name="i"/>: a word (<c>euros</c>, <c>US dollars</c>,
    /// <c>Swiss francs</c>, <c>pounds sterling</c>) or a code (<c>USD</c>).
    /// </summary>
    /// <returns>The token index after the currency, or -1.</returns>
    public static int ReadSuffix(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out string code)
    {
        code = string.Empty;
        if (i >= tokens.Length || tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return -1;
        }

        ReadOnlySpan<char> value = tokens[i].Slice(text);
        if (Qualifiers.TryGetValue(value, out string? qualified) && i + 1 < tokens.Length && Words.TryGetValue(tokens[i + 1].Slice(text), out _))
        {
            code = qualified;
            return i + 2;
        }

        // "Hong Kong dollars", "New Zealand dollars", "New Taiwan dollars"
        if (i + 2 < tokens.Length && tokens[i + 2].Slice(text) is "dollars" or "dollar")
        {
            ReadOnlySpan<char> second = tokens[i + 1].Slice(text);
            if (value is "Hong" && second is "Kong")
            {
                code = "HKD";
                return i + 3;
            }

            if (value is "New" && second is "Zealand")
            {
                code = "NZD";
                return i + 3;
            }

            if (value is "New" && second is "Taiwan")
            {
                code = "TWD";
                return i + 3;
            }
        }

        if (Words.TryGetValue(value, out code!))
        {
            int end = i + 1;
            if (code == "GBP" && end < tokens.Length && tokens[end].Slice(text) is "sterling")
            {
                end++;
            }

            return end;
        }

        if (Codes.TryGetValue(value, out code!) && value.Length == 3)
        {
            return i + 1;
        }

        code = string.Empty;
        return -1;
    }
}

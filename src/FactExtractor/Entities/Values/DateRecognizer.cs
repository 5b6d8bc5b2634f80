using System;
using System.Collections.Generic;
using System.Globalization;
using FactExtractor.Pipeline;
using FactExtractor.Text;
using FactExtractor.Tokenization;

namespace FactExtractor.Entities.Values;

/// <summary>
/// Finds dates and periods and normalises them to ISO 8601: full dates (<c>November 1st</c>, <c>Wednesday, November 15th</c>,
/// <c>Nov. 6</c>, <c>6 November 2023</c>, <c>2023-11-01</c>), months (<c>in February</c>, <c>January 2024</c>), years
/// and ranges (<c>in 2025</c>, <c>2024–2026</c>, <c>fiscal 2030</c>), quarters (<c>Q3 2024</c>, <c>the third quarter of 2024</c>),
/// parts of periods (<c>the end of 2026</c>, <c>the first half of 2025</c>, <c>late 2023</c>) and relative dates
/// (<c>last month</c>, <c>this year</c>, <c>on Monday</c>, <c>yesterday</c>).
/// A date without its year, or a relative one, resolves against the document's publication date: to the nearest such
/// date on or before it, or on or after it when the sentence speaks of the future (<c>will</c>, <c>plans</c>, <c>next</c>).
/// Without a publication date such dates are still recognised, with a null value.
/// </summary>
public sealed class DateRecognizer : IEntityRecognizer
{
    private static readonly SpanMap<int> Months = new(
    [
        new("January", 1), new("February", 2), new("March", 3), new("April", 4), new("May", 5), new("June", 6), new("July", 7),
        new("August", 8), new("September", 9), new("October", 10), new("November", 11), new("December", 12),
        new("Jan.", 1), new("Feb.", 2), new("Mar.", 3), new("Apr.", 4), new("Jun.", 6), new("Jul.", 7), new("Aug.", 8),
        new("Sep.", 9), new("Sept.", 9), new("Oct.", 10), new("Nov.", 11), new("Dec.", 12),
        new("Jan", 1), new("Feb", 2), new("Apr", 4), new("Jun", 6), new("Jul", 7), new("Aug", 8), new("Sep", 9), new("Sept", 9),
        new("Oct", 10), new("Nov", 11), new("Dec", 12),
    ]);

    private static readonly SpanMap<DayOfWeek> Weekdays = new(
    [
        new("Monday", DayOfWeek.Monday), new("Tuesday", DayOfWeek.Tuesday), new("Wednesday", DayOfWeek.Wednesday),
        new("Thursday", DayOfWeek.Thursday), new("Friday", DayOfWeek.Friday), new("Saturday", DayOfWeek.Saturday),
        new("Sunday", DayOfWeek.Sunday), new("Mon.", DayOfWeek.Monday), new("Tue.", DayOfWeek.Tuesday), new("Tues.", DayOfWeek.Tuesday),
        new("Wed.", DayOfWeek.Wednesday), new("Thu.", DayOfWeek.Thursday), new("Thurs.", DayOfWeek.Thursday), new("Fri.", DayOfWeek.Friday),
    ]);

    // Words before a bare month that make it a date: "in May", "since March".
    private static readonly SpanLookup MonthCues = new(
    [
        "in", "In", "on", "since", "Since", "by", "By", "until", "till", "through", "from", "From", "to", "of", "early", "late",
        "mid", "last", "next", "this", "before", "after", "during", "end", "between", "and", "or", "around", "As", "as", "until",
    ]);

    private static readonly SpanLookup PeriodParts = new(["end", "beginning", "start", "middle", "rest", "close", "turn"]);

    private static readonly SpanLookup Halves = new(["first", "second"]);

    // Words that put a sentence in the future on their own, and verbs that do so before "to" ("plans to", "is due to").
    private static readonly SpanLookup FutureWords = new(["will", "'ll", "’ll", "shall", "upcoming", "coming", "next", "Next"]);

    private static readonly SpanLookup FutureVerbsBeforeTo = new(
    [
        "plans", "plan", "planned", "planning", "aims", "aim", "intends", "intend", "expects", "expect", "expected", "scheduled",
        "set", "going", "hopes", "hope", "wants", "targets", "is", "are",
    ]);

    // Words other than months, weekdays and numbers that can open a date expression.
    private static readonly SpanLookup DateStartWords = new(
    [
        "the", "early", "late", "end", "beginning", "start", "middle", "rest", "close", "turn", "fiscal", "last", "previous",
        "past", "this", "current", "next", "coming", "later", "earlier", "yesterday", "today", "tomorrow", "recent", "spring",
        "summer", "autumn", "fall", "winter", "a", "one", "first", "second", "third", "fourth",
    ], ignoreCase: true);

    /// <inheritdoc />
    public string Name => "date";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

    /// <summary>True for full and abbreviated month names.</summary>
    /// <param name="word">The word.</param>
    public static bool IsMonthName(ReadOnlySpan<char> word) => Months.ContainsKey(word);

    /// <inheritdoc />
    public void Recognize(Document document, ICollection<EntityMention> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var scan = new Scan(document);
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int sentence = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            while (sentence < document.Sentences.Length - 1 && document.Sentences[sentence].EndToken <= i)
            {
                sentence++;
            }

            scan.Sentence = document.Sentences.IsEmpty ? new Sentence(0, document.Text.Length, 0, tokens.Length) : document.Sentences[sentence];
            if (scan.TryMatch(i, out int end, out string? iso))
            {
                int start = tokens[i].Start;
                int stop = tokens[end - 1].End;
                output.Add(new EntityMention(start, stop, EntityLabel.Date, document.Text[start..stop], 0.93, EntitySource.Pattern, new DateValue(iso)));
                i = end - 1;
            }
        }
    }

    private sealed class Scan
    {
        private readonly Document _document;
        private readonly DateOnly? _published;
        private bool? _future;
        private Sentence _sentence;

        public Scan(Document document)
        {
            _document = document;
            _published = document.Published;
        }

        public Sentence Sentence
        {
            set
            {
                if (value != _sentence)
                {
                    _sentence = value;
                    _future = null;
                }
            }
        }

        private ReadOnlySpan<char> Text => _document.Text;

        private ReadOnlySpan<Token> Tokens => _document.Tokens.AsSpan();

        private bool IsFuture
        {
            get
            {
                if (_future is null)
                {
                    _future = false;
                    for (int i = _sentence.FirstToken; i < _sentence.EndToken; i++)
                    {
                        ReadOnlySpan<char> word = Word(i);
                        if (FutureWords.Contains(word) || (FutureVerbsBeforeTo.Contains(word) && Word(i + 1) is "to" && Tokens[i + 2 < Tokens.Length ? i + 2 : i].Kind == TokenKind.Word))
                        {
                            _future = true;
                            break;
                        }
                    }
                }

                return _future.Value;
            }
        }

        public bool TryMatch(int i, out int end, out string? iso)
        {
            if (!CanStartDate(i))
            {
                end = -1;
                iso = null;
                return false;
            }

            return TryPeriodPart(i, out end, out iso)
                || TryAgo(i, out end, out iso)
                || TryVaguePeriod(i, out end, out iso)
                || TryWeekdayDate(i, out end, out iso)
                || TryMonthFirst(i, out end, out iso)
                || TryDayFirst(i, out end, out iso)
                || TryQuarter(i, out end, out iso)
                || TryYear(i, out end, out iso)
                || TryRelative(i, out end, out iso)
                || TryIsoToken(i, out end, out iso);
        }

        // One look-up that rules out most tokens before the patterns run.
        private bool CanStartDate(int i)
        {
            Token token = Tokens[i];
            if (token.Kind is TokenKind.Number or TokenKind.Ordinal)
            {
                return true;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                return false;
            }

            ReadOnlySpan<char> word = Word(i);
            return DateStartWords.Contains(word) || Months.ContainsKey(word) || Weekdays.ContainsKey(word) || NumberParsing.IsNumberWord(word)
                || word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("FY", StringComparison.Ordinal)
                || word.EndsWith("-quarter", StringComparison.Ordinal) || (word.Length == 2 && word[0] == 'Q');
        }

        // "the end of 2026", "the first half of 2025", "late 2023", "mid-2024", "the end of the year"
        private bool TryPeriodPart(int i, out int end, out string? iso)
        {
            end = -1;
            iso = null;
            ReadOnlySpan<char> word = Word(i);
            if (word is "early" or "late" or "Early" or "Late" && TryYearOrMonthYear(i + 1, out end, out iso))
            {
                return true;
            }

            if (word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) && word.Length == 8 && NumberRecognizer.IsYear(word[4..]))
            {
                end = i + 1;
                iso = word[4..].ToString();
                return true;
            }

            int k = i;
            if (word is "the" or "The")
            {
                k++;
            }

            if (k == i && !(PeriodParts.Contains(word)))
            {
                return false;
            }

            if ((Halves.Contains(Word(k)) || (Word(k) is "last" && k > i)) && Word(k + 1) is "half" or "quarter")
            {
                bool half = Word(k + 1) is "half";
                int part = Word(k) is "first" ? 1 : Word(k) is "last" ? (half ? 2 : 4) : 2;
                if (Word(k + 2) is "of" && TryYearToken(k + 3, out int year))
                {
                    end = k + 4;
                    iso = half ? year.ToString(CultureInfo.InvariantCulture) : $"{year}-Q{part}";
                    return true;
                }

                return false;
            }

            if (PeriodParts.Contains(Word(k)) && Word(k + 1) is "of")
            {
                if (TryYearOrMonthYear(k + 2, out end, out iso))
                {
                    return true;
                }

                // "the end of the year", "the end of the decade"
                if (Word(k + 2) is "the" && Word(k + 3) is "year" or "decade")
                {
                    end = k + 4;
                    iso = _published is not { } p ? null : Word(k + 3) is "year" ? p.Year.ToString(CultureInfo.InvariantCulture) : Decade(p.Year);
                    return true;
                }
            }

            return false;
        }

        private bool TryYearOrMonthYear(int i, out int end, out string? iso)
        {
            if (Months.TryGetValue(Word(i), out int month) && TryYearToken(i + 1, out int year))
            {
                end = i + 2;
                iso = $"{year:D4}-{month:D2}";
                return true;
            }

            if (TryYearToken(i, out year))
            {
                end = i + 1;
                iso = year.ToString(CultureInfo.InvariantCulture);
                return true;
            }

            end = -1;
            iso = null;
            return false;
        }

        // "Wednesday, November 15th", "Monday" (relative)
        private bool TryWeekdayDate(int i, out int end, out string? iso)
        {
            end = -1;
            iso = null;
            if (!Weekdays.TryGetValue(Word(i), out DayOfWeek weekday))
            {
                return false;
            }

            int k = i + 1;
            if (Word(k) is ",")
            {
                k++;
            }

            if (TryMonthFirst(k, out end, out iso) || TryDayFirst(k, out end, out iso))
            {
                return true;
            }

            end = i + 1;
            iso = ResolveWeekday(weekday);
            return true;
        }

        // "November 1st", "Nov. 6", "June 25, 2024", "January 2024", "in February"
        private bool TryMonthFirst(int i, out int end, out string? iso)
        {
            end = -1;
            iso = null;
            if (!Months.TryGetValue(Word(i), out int month))
            {
                return false;
            }

            int k = i + 1;
            if (TryDay(k, out int day))
            {
                k++;
                int yearAt = Word(k) is "," ? k + 1 : k;
                if (TryYearToken(yearAt, out int year))
                {
                    end = yearAt + 1;
                    iso = FullDate(year, month, day);
                }
                else
                {
                    end = k;
                    iso = ResolveMonthDay(month, day);
                }

                return true;
            }

            if (TryYearToken(k, out int onlyYear))
            {
                end = k + 1;
                iso = $"{onlyYear:D4}-{month:D2}";
                return true;
            }

            // A bare month stands for itself ("the December deal"), but "May" needs a cue: "Theresa May" is a person.
            bool cued = i > 0 && MonthCues.Contains(Word(i - 1));
            if (month == 5 && !cued)
            {
                return false;
            }

            end = i + 1;
            iso = ResolveMonth(month);
            return true;
        }

        // "6 November 2023", "1st November"
        private bool TryDayFirst(int i, out int end, out string? iso)
        {
            end = -1;
            iso = null;
            if (!TryDay(i, out int day))
            {
                return false;
            }

            int k = i + 1;
            if (Word(k) is "of")
            {
                k++;
            }

            if (!Months.TryGetValue(Word(k), out int month))
            {
                return false;
            }

            if (TryYearToken(k + 1, out int year))
            {
                end = k + 2;
                iso = FullDate(year, month, day);
            }
            else
            {
                end = k + 1;
                iso = ResolveMonthDay(month, day);
            }

            return true;
        }

        // "Q3 2024", "Q3", "the third quarter of 2024", "the third quarter"
        private bool TryQuarter(int i, out int end, out string? iso)
        {
            end = -1;
            iso = null;
            ReadOnlySpan<char> word = Word(i);
            int quarter;
            int k;
            if (word.Length == 2 && word[0] is 'Q' && word[1] is >= '1' and <= '4')
            {
                quarter = word[1] - '0';
                k = i + 1;
            }
            else if (word.EndsWith("-quarter", StringComparison.Ordinal) && NumberParsing.TryParseOrdinal(word[..^"-quarter".Length], out quarter) && quarter is >= 1 and <= 4)
            {
                end = i + 1;
                iso = _published is { } published ? $"{ResolveQuarterYear(published, quarter)}-Q{quarter}" : null;
                return true;
            }
            else
            {
                k = word is "the" or "The" ? i + 1 : i;
                if (!NumberParsing.TryParseOrdinal(Word(k), out quarter) || quarter is < 1 or > 4 || Word(k + 1) is not "quarter")
                {
                    return false;
                }

                k += 2;
                if (Word(k) is "of")
                {
                    if (!TryYearToken(k + 1, out int ofYear))
                    {
                        return false;
                    }

                    end = k + 2;
                    iso = $"{ofYear}-Q{quarter}";
                    return true;
                }
            }

            if (TryYearToken(k, out int year))
            {
                end = k + 1;
                iso = $"{year}-Q{quarter}";
                return true;
            }

            end = k;
            iso = _published is { } p ? $"{ResolveQuarterYear(p, quarter)}-Q{quarter}" : null;
            return true;
        }

        // "2025", "2024–2026", "2024-26", "fiscal 2030", "FY2024", "FY 2024"
        private bool TryYear(int i, out int end, out string? iso)
        {
            end = -1;
            iso = null;
            ReadOnlySpan<char> word = Word(i);
            int k = i;
            if (word is "fiscal" or "Fiscal" or "FY")
            {
                k++;
            }
            else if (word.Length == 6 && word.StartsWith("FY", StringComparison.Ordinal) && NumberRecognizer.IsYear(word[2..]))
            {
                end = i + 1;
                iso = word[2..].ToString();
                return true;
            }

            if (!TryYearToken(k, out int year) || (k == i && (!LooksLikeYear(i) || NumberRecognizer.FollowsBrand(_document, i))))
            {
                return false;
            }

            end = k + 1;
            iso = year.ToString(CultureInfo.InvariantCulture);

            // Ranges: "2024–2026", "2024-26", "2026 to 2033"
            if (Word(end) is "to" or "through" && TryYearToken(end + 1, out int until) && until > year)
            {
                iso = $"{year}/{until}";
                end += 2;
            }
            else if (Tokens.Length > end + 1 && Tokens[end].Kind == TokenKind.Dash && Tokens[end].Length == 1)
            {
                if (TryYearToken(end + 1, out int last) && last > year)
                {
                    iso = $"{year}/{last}";
                    end += 2;
                }
                else if (Tokens[end + 1].Kind == TokenKind.Number && Tokens[end + 1].Length == 2
                    && int.TryParse(Word(end + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int shortYear)
                    && year / 100 * 100 + shortYear > year)
                {
                    iso = $"{year}/{year / 100 * 100 + shortYear}";
                    end += 2;
                }
            }

            return true;
        }

        // A four-digit number is a year unless it names a model ("Peugeot 2008") or counts something ("2023 cars").
        private bool LooksLikeYear(int i)
        {
            if (i > 0)
            {
                Token previous = Tokens[i - 1];
                ReadOnlySpan<char> word = Word(i - 1);
                if (previous.Kind is TokenKind.Currency || (previous.Kind == TokenKind.Word && CharClass.IsUpper(word[0])
                    && !MonthCues.Contains(word) && !IsSentenceStart(i - 1) && !Months.ContainsKey(word)))
                {
                    return false;
                }
            }

            return !(i + 1 < Tokens.Length && Tokens[i + 1].Kind == TokenKind.Word && NumberParsing.IsMagnitude(Word(i + 1), out _));
        }

        // "last month", "this year", "next week", "yesterday", "today", "tomorrow"
        private bool TryRelative(int i, out int end, out string? iso)
        {
            end = -1;
            iso = null;
            ReadOnlySpan<char> word = Word(i);
            if (word is "yesterday" or "today" or "tomorrow" or "Yesterday" or "Today" or "Tomorrow")
            {
                end = i + 1;
                int offset = word[0] is 'y' or 'Y' ? -1 : word[2] is 'm' ? 1 : 0;
                iso = _published is { } p ? p.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
                return true;
            }

            // "later this month", "earlier this year"
            int k = word is "later" or "earlier" or "Later" or "Earlier" ? i + 1 : i;
            word = Word(k);
            int step = word switch
            {
                "last" or "Last" or "previous" or "past" => -1,
                "this" or "This" or "current" => 0,
                "next" or "Next" or "coming" => 1,
                _ => int.MinValue,
            };
            if (step == int.MinValue)
            {
                return false;
            }

            ReadOnlySpan<char> unit = Word(k + 1);
            if (Weekdays.TryGetValue(unit, out DayOfWeek weekday))
            {
                end = k + 2;
                iso = _published is { } p ? ResolveWeekdayStep(p, weekday, step) : null;
                return true;
            }

            if (unit is "spring" or "summer" or "autumn" or "fall" or "winter")
            {
                end = k + 2;
                iso = _published is { } p ? p.AddYears(step).Year.ToString(CultureInfo.InvariantCulture) : null;
                return true;
            }

            if (unit is not ("week" or "month" or "year" or "quarter" or "decade"))
            {
                return false;
            }

            end = k + 2;
            if (_published is not { } date)
            {
                return true;
            }

            iso = unit switch
            {
                "week" => IsoWeek(date.AddDays(7 * step)),
                "month" => date.AddMonths(step).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                "year" => date.AddYears(step).Year.ToString(CultureInfo.InvariantCulture),
                "decade" => Decade(date.Year + (10 * step)),
                _ => Quarter(date.AddMonths(3 * step)),
            };
            return true;
        }

        // "two years ago", "three months ago", "a year earlier"
        private bool TryAgo(int i, out int end, out string? iso)
        {
            end = -1;
            iso = null;
            decimal count;
            int k;
            if (Word(i) is "a" or "A" or "one" or "One")
            {
                count = 1;
                k = i + 1;
            }
            else
            {
                k = NumberParsing.ReadNumber(Text, Tokens, i, out count);
                if (k < 0 || count != decimal.Truncate(count) || count > 1000)
                {
                    return false;
                }
            }

            ReadOnlySpan<char> unit = Word(k);
            ReadOnlySpan<char> direction = Word(k + 1);
            int days = unit switch
            {
                "day" or "days" => 1,
                "week" or "weeks" => 7,
                "month" or "months" => 30,
                "year" or "years" => 365,
                "decade" or "decades" => 3652,
                _ => 0,
            };
            if (days == 0 || direction is not ("ago" or "earlier" or "later" or "before"))
            {
                return false;
            }

            end = k + 2;
            if (direction is "ago" && _published is { } p)
            {
                int n = (int)count;
                iso = unit[0] switch
                {
                    'd' => p.AddDays(-n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    'w' => IsoWeek(p.AddDays(-7 * n)),
                    'm' => p.AddMonths(-n).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _ => p.AddYears(unit.StartsWith("decade", StringComparison.Ordinal) ? -10 * n : -n).Year.ToString(CultureInfo.InvariantCulture),
                };
            }

            return true;
        }

        // "recent years", "the coming months", "the summer", "in spring 2025": periods without a fixed value.
        private bool TryVaguePeriod(int i, out int end, out string? iso)
        {
            end = -1;
            iso = null;
            ReadOnlySpan<char> word = Word(i);
            if (word is "recent" && Word(i + 1) is "years" or "months" or "weeks")
            {
                end = i + 2;
                return true;
            }

            if (word is "the" or "The" && Word(i + 1) is "coming" or "next" && Word(i + 2) is "months" or "weeks" or "years" or "days")
            {
                end = i + 3;
                return true;
            }

            if (word is "spring" or "summer" or "autumn" or "winter" && i > 0 && MonthCues.Contains(Word(i - 1)) || (word is "summer" or "spring" or "autumn" or "winter" && Word(i - 1) is "the"))
            {
                if (TryYearToken(i + 1, out int year))
                {
                    end = i + 2;
                    iso = year.ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    end = i + 1;
                }

                return true;
            }

            return false;
        }

        private string ResolveWeekdayStep(DateOnly published, DayOfWeek weekday, int step)
        {
            int forward = ((int)weekday - (int)published.DayOfWeek + 7) % 7;
            DateOnly date = step switch
            {
                > 0 => published.AddDays(forward == 0 ? 7 : forward),
                < 0 => published.AddDays(-(((int)published.DayOfWeek - (int)weekday + 7) % 7 is 0 ? 7 : ((int)published.DayOfWeek - (int)weekday + 7) % 7)),
                _ => published.AddDays(forward),
            };
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        private int ResolveQuarterYear(DateOnly published, int quarter)
        {
            int current = ((published.Month - 1) / 3) + 1;
            return IsFuture && quarter < current ? published.Year + 1 : !IsFuture && quarter > current ? published.Year - 1 : published.Year;
        }

        private static string Decade(int year) => $"{year / 10 * 10}/{(year / 10 * 10) + 9}";

        private bool TryIsoToken(int i, out int end, out string? iso)
        {
            end = -1;
            iso = null;
            ReadOnlySpan<char> word = Word(i);
            if (Tokens[i].Kind == TokenKind.Number && word.Length == 10 && word[4] == '-' && word[7] == '-'
                && DateOnly.TryParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                end = i + 1;
                iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return true;
            }

            return false;
        }

        private bool TryDay(int i, out int day)
        {
            day = 0;
            if (i >= Tokens.Length)
            {
                return false;
            }

            Token token = Tokens[i];
            ReadOnlySpan<char> word = Word(i);
            if (token.Kind == TokenKind.Ordinal)
            {
                word = word[..^2];
            }
            else if (token.Kind != TokenKind.Number || word.Length > 2)
            {
                return false;
            }

            return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
        }

        private bool TryYearToken(int i, out int year)
        {
            year = 0;
            return i < Tokens.Length && Tokens[i].Kind == TokenKind.Number && NumberRecognizer.IsYear(Word(i))
                && int.TryParse(Word(i), NumberStyles.None, CultureInfo.InvariantCulture, out year);
        }

        private bool IsSentenceStart(int i) => i == _sentence.FirstToken
            || (i > 0 && Tokens[i - 1].Kind is TokenKind.Quote or TokenKind.Dash)
            || (i > 0 && Tokens[i - 1].Kind == TokenKind.Punctuation && Text[Tokens[i - 1].Start] is '(' or ':');

        private ReadOnlySpan<char> Word(int i) => i >= 0 && i < Tokens.Length ? Tokens[i].Slice(Text) : default;

        private string? ResolveMonthDay(int month, int day)
        {
            if (_published is not { } p)
            {
                return null;
            }

            // The nearest such day on or after the publication date for the future, on or before it otherwise; a 29 February
            // can be up to four years away.
            for (int offset = 0; offset <= 4; offset++)
            {
                int year = IsFuture ? p.Year + offset : p.Year - offset;
                if (IsValid(year, month, day))
                {
                    var candidate = new DateOnly(year, month, day);
                    if (IsFuture ? candidate >= p : candidate <= p)
                    {
                        return candidate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    }
                }
            }

            return null;
        }

        private string? ResolveMonth(int month)
        {
            if (_published is not { } p)
            {
                return null;
            }

            int year = p.Year;
            if (IsFuture && month < p.Month)
            {
                year++;
            }
            else if (!IsFuture && month > p.Month)
            {
                year--;
            }

            return $"{year:D4}-{month:D2}";
        }

        private string? ResolveWeekday(DayOfWeek weekday)
        {
            if (_published is not { } p)
            {
                return null;
            }

            int delta = IsFuture ? ((int)weekday - (int)p.DayOfWeek + 7) % 7 : -(((int)p.DayOfWeek - (int)weekday + 7) % 7);
            return p.AddDays(delta).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        private static string? FullDate(int year, int month, int day) =>
            IsValid(year, month, day) ? new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

        private static bool IsValid(int year, int month, int day) => day <= DateTime.DaysInMonth(year, month);

        private static string IsoWeek(DateOnly date)
        {
            var dateTime = date.ToDateTime(TimeOnly.MinValue);
            return $"{ISOWeek.GetYear(dateTime)}-W{ISOWeek.GetWeekOfYear(dateTime):D2}";
        }

        private static string Quarter(DateOnly date) => $"{date.Year}-Q{((date.Month - 1) / 3) + 1}";
    }
}

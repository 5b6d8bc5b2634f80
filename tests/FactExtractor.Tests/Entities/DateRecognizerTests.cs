using static FactExtractor.Tests.Entities.ValueEntityTestHelpers;

namespace FactExtractor.Tests.Entities;

/// <summary>
/// DATE: dates and periods normalised to ISO 8601, resolved against a publication date of Wednesday 8 November 2023.
/// </summary>
public class DateRecognizerTests
{
    [Theory]
    [InlineData("The plant opens on June 25, 2024.", "DATE:June 25, 2024=2024-06-25")]
    [InlineData("The firm was founded on 6 November 2023.", "DATE:6 November 2023=2023-11-06")]
    [InlineData("The filing is dated 2023-11-01.", "DATE:2023-11-01=2023-11-01")]
    [InlineData("The plant opened on Sept. 30, 2022.", "DATE:Sept. 30, 2022=2022-09-30")]
    public void A_full_date(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Ampere was launched on November 1st.", "DATE:November 1st=2023-11-01")]
    [InlineData("The deal closed on Nov. 6.", "DATE:Nov. 6=2023-11-06")]
    [InlineData("On Nov. 6 the plant reopened.", "DATE:Nov. 6=2023-11-06")]
    [InlineData("The deal closed on May 5.", "DATE:May 5=2023-05-05")]
    [InlineData("The plant opened on 1st November.", "DATE:1st November=2023-11-01")]
    [InlineData("The plant opened on the 6th of November.", "DATE:6th of November=2023-11-06")]
    [InlineData("The event was held on November 15th.", "DATE:November 15th=2022-11-15")]
    [InlineData("The event will be held on November 15th.", "DATE:November 15th=2023-11-15")]
    [InlineData("The plant was bought by Renault on November 15th.", "DATE:November 15th=2022-11-15")]
    [InlineData("Deliveries will start on Dec. 20th.", "DATE:Dec. 20th=2023-12-20")]
    [InlineData("The audit will end on March 3.", "DATE:March 3=2024-03-03")]
    public void A_day_and_month_take_the_year_of_the_publication_date_or_a_neighbour(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The event will be held on Wednesday, November 15th.", "DATE:Wednesday, November 15th=2023-11-15")]
    [InlineData("The deal was signed on Monday.", "DATE:Monday=2023-11-06")]
    [InlineData("The deal will be signed on Friday.", "DATE:Friday=2023-11-10")]
    [InlineData("The board met on Thursday.", "DATE:Thursday=2023-11-02")]
    [InlineData("The event took place on Monday, November 6.", "DATE:Monday, November 6=2023-11-06")]
    public void A_weekday(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Sales slumped in February.", "DATE:February=2023-02")]
    [InlineData("Sales will recover in February.", "DATE:February=2024-02")]
    [InlineData("The plant was bought by Renault in February.", "DATE:February=2023-02")]
    [InlineData("The chip plan was approved in March.", "DATE:March=2023-03")]
    [InlineData("The deal closed in May.", "DATE:May=2023-05")]
    [InlineData("The plant opened in December.", "DATE:December=2022-12")]
    [InlineData("Production will start in March.", "DATE:March=2024-03")]
    [InlineData("Production starts in January 2024.", "DATE:January 2024=2024-01")]
    [InlineData("Prices rose in late November 2023.", "DATE:late November 2023=2023-11")]
    public void A_month(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The plant opens in 2025.", "DATE:2025=2025")]
    [InlineData("The brand has existed since 1979.", "DATE:1979=1979")]
    [InlineData("In 2022, sales fell.", "DATE:2022=2022")]
    [InlineData("During 2022, sales fell.", "DATE:2022=2022")]
    [InlineData("Ampere targets profit by 2030.", "DATE:2030=2030")]
    [InlineData("The year 2023 was hard.", "DATE:2023=2023")]
    [InlineData("The target applies to fiscal 2030.", "DATE:fiscal 2030=2030")]
    [InlineData("Results for FY2024 improved.", "DATE:FY2024=2024")]
    [InlineData("Results for FY 2024 improved.", "DATE:FY 2024=2024")]
    public void A_year(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The plan covers 2024–2026.", "DATE:2024–2026=2024/2026")]
    [InlineData("The plan covers 2024-26.", "DATE:2024-26=2024/2026")]
    [InlineData("The plan covers 2024-2028.", "DATE:2024-2028=2024/2028")]
    [InlineData("Output will grow between 2024 and 2026.", "DATE:2024=2024 | DATE:2026=2026")]
    public void A_range_of_years(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Revenue rose in Q3 2024.", "DATE:Q3 2024=2024-Q3")]
    [InlineData("Margins fell in the third quarter of 2024.", "DATE:the third quarter of 2024=2024-Q3")]
    [InlineData("Margins fell in the first quarter of 2022.", "DATE:the first quarter of 2022=2022-Q1")]
    [InlineData("Sales rose in Q3.", "DATE:Q3=2023-Q3")]
    [InlineData("Sales rose in the fourth quarter.", "DATE:the fourth quarter=2023-Q4")]
    [InlineData("Sales rose in the second quarter of 2023.", "DATE:the second quarter of 2023=2023-Q2")]
    public void A_quarter(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Ampere will break even by the end of 2026.", "DATE:the end of 2026=2026")]
    [InlineData("Output doubled in the first half of 2025.", "DATE:the first half of 2025=2025")]
    [InlineData("Prices peaked in late 2023.", "DATE:late 2023=2023")]
    [InlineData("Prices will rise in early 2025.", "DATE:early 2025=2025")]
    [InlineData("Launch is planned for mid-2024.", "DATE:mid-2024=2024")]
    [InlineData("Ampere will be profitable by the end of the year.", "DATE:the end of the year=2023")]
    [InlineData("Work resumes at the start of 2025.", "DATE:the start of 2025=2025")]
    [InlineData("Ampere will break even by end of 2026.", "DATE:end of 2026=2026")]
    public void A_part_of_a_period(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Sales fell last month.", "DATE:last month=2023-10")]
    [InlineData("Sales will rise next month.", "DATE:next month=2023-12")]
    [InlineData("Sales will rise next year.", "DATE:next year=2024")]
    [InlineData("Sales rose this year.", "DATE:this year=2023")]
    [InlineData("This year, sales rose.", "DATE:This year=2023")]
    [InlineData("Sales rose this month.", "DATE:this month=2023-11")]
    [InlineData("Sales rose this week.", "DATE:this week=2023-W45")]
    [InlineData("Sales fell last year.", "DATE:last year=2022")]
    [InlineData("Sales fell last week.", "DATE:last week=2023-W44")]
    [InlineData("Talks resume next week.", "DATE:next week=2023-W46")]
    [InlineData("Sales fell last quarter.", "DATE:last quarter=2023-Q3")]
    [InlineData("Sales will rise next quarter.", "DATE:next quarter=2024-Q1")]
    [InlineData("The deal was signed yesterday.", "DATE:yesterday=2023-11-07")]
    [InlineData("Talks resume today.", "DATE:today=2023-11-08")]
    [InlineData("Talks resume tomorrow.", "DATE:tomorrow=2023-11-09")]
    public void A_relative_date(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("The deal was signed on Monday.", "DATE:Monday=null")]
    [InlineData("Sales fell last month.", "DATE:last month=null")]
    [InlineData("The deal was signed yesterday.", "DATE:yesterday=null")]
    [InlineData("Ampere was launched on November 1st.", "DATE:November 1st=null")]
    [InlineData("Sales slumped in February.", "DATE:February=null")]
    [InlineData("Sales rose in Q3.", "DATE:Q3=null")]
    [InlineData("The plant opens on June 25, 2024.", "DATE:June 25, 2024=2024-06-25")]
    [InlineData("Margins fell in the third quarter of 2024.", "DATE:the third quarter of 2024=2024-Q3")]
    [InlineData("The plant opens in 2025.", "DATE:2025=2025")]
    [InlineData("Ampere will be profitable by the end of the year.", "DATE:the end of the year=null")]
    public void Without_a_publication_date_relative_dates_are_kept_unresolved(string text, string expected) =>
        Assert.Equal(expected, RenderUndated(text));

    [Theory]
    [InlineData("Theresa May said so.", "")]
    [InlineData("The May figures rose.", "")]
    [InlineData("Sales of the Peugeot 2008 rose.", "")]
    [InlineData("Dealers sold 2,023 units.", "QUANTITY:2,023 units=2023 units")]
    [InlineData("Dealers sold 2023 cars.", "QUANTITY:2023 cars=2023 cars")]
    [InlineData("The plant added 1950 workers.", "QUANTITY:1950 workers=1950 workers")]
    [InlineData("The price rose to $2024.", "MONEY:$2024=2024 USD")]
    public void Near_misses_are_not_dates(string text, string expected) =>
        Assert.Equal(expected, Render(text));
}

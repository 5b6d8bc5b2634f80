using static FactExtractor.Tests.Facts.FactTestHelpers;

namespace FactExtractor.Tests.Facts;

/// <summary>
/// Production agreements whose builder the clause leaves implicit ("it", "the plant", a town): the owner the document
/// states for the plant, or the company it is about.
/// </summary>
public class ProductionAgreementTopicTests
{
    [Theory]
    // "The plant, owned by X, … The plant has done such work before. In 2019 it built P for Y": the stated owner builds.
    [InlineData("The plant, owned by Hyundai, makes engines. The plant has done contract work before. In 2015, it built the Outlander for Mitsubishi.", "production:Hyundai Motor Company>Mitsubishi Motors")]
    [InlineData("The factory, run by Magna Steyr, was idle last winter. The factory has a long history. From 2010 to 2014 it assembled the Cooper for BMW.", "production:Magna Steyr>BMW Group")]
    public void It_after_the_plant_is_the_stated_owner(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // Two owners stated for plants: "it" after "The plant" is left unresolved rather than guessed.
    [InlineData("The plant, owned by Hyundai, makes engines. Kia's factory in Gwangju makes vans. The plant has done contract work before. In 2015, it built the Outlander for Mitsubishi.")]
    public void It_after_the_plant_with_two_stated_owners_is_not_guessed(string text) =>
        Assert.DoesNotContain("Kia>Mitsubishi", ProductionAgreements(text), System.StringComparison.Ordinal);

    [Theory]
    // "the plant, run by X, …. The firm said that the plant will also assemble P for Y": the owner stated for the plant last spoken of.
    [InlineData("The factory in Tarnow, run by Magna Steyr, reopened. Volvo Cars bought a stake in Magna Steyr last year. Analysts expect that the factory will also assemble a small van for Rivian.", "production:Magna Steyr>Rivian")]
    [InlineData("Valdor Industries said it would hire 300 people at its plant in Linz. The union welcomed the news, and said the plant would soon build a pickup for Isuzu.", "production:Valdor Industries>Isuzu")]
    public void The_plant_in_a_clause_is_its_stated_owner(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // Another town named after the statement: "the plant" may be that town's, whose owner is not stated.
    [InlineData("Valdor Industries said it would hire 300 people at its plant in Linz. Kia also runs works in Graz and Tarnow. The union said the plant would soon build a pickup for Isuzu.")]
    public void The_plant_after_another_town_is_not_the_earlier_owner(string text) =>
        Assert.DoesNotContain("Valdor Industries>Isuzu", ProductionAgreements(text), System.StringComparison.Ordinal);

    [Theory]
    // "X confirmed that Y will build P at its plant in T": "its" is the reported clause's subject.
    [InlineData("Rivian confirmed that Magna Steyr will build the Rivian R3 at its plant in Graz from 2027.", "production:Magna Steyr>Rivian@Graz")]
    [InlineData("Fisker said on Monday that Valmet Automotive would assemble the Fisker Ocean at its factory in Salo.", "production:Valmet Automotive>Fisker@Salo")]
    public void Its_in_a_reported_clause_is_the_clause_subject(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // Lead "the assembly hall at X" in the town the text opens with; a former client as a later subject does not take over "the plant".
    [InlineData("In Tarnow, a factory waits for new work\n\nTARNOW, Poland - The assembly hall at Magna Steyr is quiet. The largest client was BMW. Since May, the plant has assembled a small van for Rivian.", "production:Magna Steyr>Rivian")]
    [InlineData("Linz plant finds a new customer\n\nLINZ, Austria - The paint shop of the works at Valmet Automotive runs again. The last customer was Porsche. This year the plant has built a pickup for Isuzu.", "production:Valmet Automotive>Isuzu")]
    public void The_plant_is_the_lead_owner_not_a_former_client(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "X makes Y's P for the importer and assembles Q for Z": the possessor of the built model is the object, never the builder.
    [InlineData("Tan Chong builds cars in Johor. The company also makes Kia's Seltos for Mitsui and assembles the Subaru Forester for Sumitomo.", "Tan Chong>Sumitomo", "production:Kia>")]
    [InlineData("Oriental Assembly works in Penang. The firm now produces Nissan's Almera for Tan Chong Motor and builds the Honda City for Sumitomo.", "Oriental Assembly>Sumitomo", "production:Nissan>")]
    public void The_possessor_of_a_built_model_is_not_the_builder(string text, string expected, string notExpected)
    {
        string found = ProductionAgreements(text);
        Assert.Contains(expected, found, System.StringComparison.Ordinal);
        Assert.DoesNotContain(notExpected, found, System.StringComparison.Ordinal);
    }

    [Theory]
    // Near miss: a possessor of a plant after the verb still owns the plant that builds.
    [InlineData("Mitsubishi will build the new pickup at Nissan's plant in Rosslyn.", "production:Nissan>Mitsubishi Motors@Rosslyn")]
    public void The_possessor_of_a_plant_still_builds(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // "the works in T supplies Y": the owner of that town, not the owner of another town's plant named just before.
    [InlineData("Valdor Industries reported higher sales. Its seats go to Kia's plant in Zilina, where the Korean group builds the Sportage. In Brazil, the seat works in Curitiba supplies Renault.", "Valdor Industries>Renault", "Kia>Renault")]
    [InlineData("Harlow Components had a strong year. Its cables go to BMW's new plant in Debrecen. In Mexico, the cable factory in Puebla supplies Volkswagen.", "Harlow Components>Volkswagen", "BMW Group>Volkswagen")]
    public void The_plant_in_a_named_town_is_that_towns(string text, string expected, string notExpected)
    {
        string found = ProductionAgreements(text);
        Assert.Contains(expected, found, System.StringComparison.Ordinal);
        Assert.DoesNotContain(notExpected, found, System.StringComparison.Ordinal);
    }

    [Theory]
    // "X, the car plant Y runs with Z, … The site, built with money from Y and Z, has assembled P for Y": the company called a plant.
    [InlineData("Samsung SDI is leaving StarPlus Energy, the cell plant it has run with Stellantis since 2023. The site, built with funds from Stellantis and Samsung SDI, has made battery cells for Stellantis.", "StarPlus Energy>Stellantis")]
    [InlineData("LG Energy Solution is quitting Ultium Cells, the battery factory it has run with GM. The factory, paid for by GM and LG Energy Solution, has produced cells for General Motors.", "Ultium Cells>General Motors")]
    public void The_site_is_the_company_called_a_plant(string text, string expected) =>
        Assert.Contains(expected, ProductionAgreements(text), System.StringComparison.Ordinal);

    [Theory]
    // "P is built for Y at the T plant", "Y's P was put together in T": the owner the text stated for T builds.
    [InlineData("Ford runs a plant in Pretoria. The Amarok is built for Volkswagen at the Pretoria plant.", "production:Ford Motor Company>Volkswagen Group@Pretoria")]
    [InlineData("Ford runs a plant in Pretoria. Volkswagen's Amarok was put together in Pretoria as well.", "production:Ford Motor Company>Volkswagen Group@Pretoria")]
    public void An_agentless_passive_in_a_town_is_the_stated_owners(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // Near misses: no owner stated for the town; two owners stated for it; the owner's own model.
    [InlineData("Ford sells many cars in Pretoria. The Amarok is built for Volkswagen in Pretoria.")]
    [InlineData("Ford runs a plant in Pretoria. BMW's plant in Pretoria makes the X3. The Amarok is built for Volkswagen in Pretoria.")]
    [InlineData("Ford runs a plant in Pretoria. The Ford Ranger is built in Pretoria.")]
    public void An_agentless_passive_without_one_stated_owner_yields_nothing(string text) =>
        Assert.Equal(string.Empty, ProductionAgreements(text));

    [Theory]
    // "Y had its P assembled here": the stated owner of the town the text last named builds for Y.
    [InlineData("Ford runs a plant in Pretoria. For years Volkswagen had its Amarok assembled here.", "production:Ford Motor Company>Volkswagen Group")]
    [InlineData("Magna Steyr's plant in Graz is busy. Mercedes-Benz has its G-Class, and later the EQG, built here under contract.", "production:Magna Steyr>Mercedes-Benz Group")]
    public void Had_its_model_built_here_is_the_town_owners(string text, string expected) =>
        Assert.Equal(expected, ProductionAgreements(text));

    [Theory]
    // Near miss: "here" where no owner is stated for the town.
    [InlineData("Pretoria is a big city. For years Volkswagen had its Amarok assembled here.")]
    public void Had_its_model_built_here_without_a_stated_owner_yields_nothing(string text) =>
        Assert.Equal(string.Empty, ProductionAgreements(text));

    [Theory]
    // "The plant" opening a sentence: the stated owner, not the subject of the sentence before.
    [InlineData("The factory in Graz, run by Magna Steyr, has 7,000 workers. BMW was its biggest client for years. The plant now also assembles the Fisker Ocean for Fisker.", "Magna Steyr>Fisker")]
    [InlineData("The plant, owned by Valmet Automotive, reopened in May. Mercedes-Benz left in 2023. The plant now builds the Lightyear 0 for Lightyear.", "Valmet Automotive>")]
    public void The_plant_opening_a_sentence_is_the_stated_owner(string text, string expected) =>
        Assert.Contains(expected, ProductionAgreements(text), System.StringComparison.Ordinal);

    [Theory]
    // Near miss: two companies stated with plants in the same town; "the T plant" is not given to either.
    [InlineData("Kia's plant in Graz makes the Sportage. Renault's plant in Graz makes the Clio. The Graz plant will also build a van for Ford.")]
    [InlineData("Valdor Industries runs a factory in Linz. Harlow Components also operates a plant in Linz. The Linz factory will make seats for BMW.")]
    public void A_town_with_two_stated_owners_yields_nothing(string text) =>
        Assert.Equal(string.Empty, ProductionAgreements(text));

    [Theory]
    // "Kia's plant in Žilina … The Zilina plant will build P for Y": a town written with or without diacritics is one town.
    [InlineData("Kia's plant in Žilina makes the Sportage. Ford was once a rival. The Zilina plant will also build a van for Ford.", "production:Kia>Ford Motor Company")]
    [InlineData("Renault's factory in Revúca makes engines. Toyota is a customer. The Revuca factory will also build engines for Toyota.", "production:Renault Group>Toyota")]
    public void A_town_spelt_without_diacritics_is_one_town(string text, string expected) =>
        Assert.StartsWith(expected, ProductionAgreements(text), System.StringComparison.Ordinal);
}

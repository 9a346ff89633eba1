using YouthJustice.Domain.Caseload;

namespace YouthJustice.Domain.Tests.Caseload;

public class CaseloadProfileTest
{
    private static readonly CaseloadProfile Profile = SouthTeesCaseloadFixture.Build();

    private static decimal?[] Percents(CaseloadRow row) => [.. row.BySex.Take(2).Select(c => c.Percent), row.All.Percent];

    [Fact]
    public void Sex_split_is_a_percentage_of_all_cases()
    {
        Profile.Total.Should().Be(213);
        Percents(Profile.SexSplit).Should().Equal(11.3m, 88.7m, 100.0m);
    }

    [Fact]
    public void Population_estimate_row_sits_beside_it()
        => Percents(Profile.PopulationSplit!).Should().Equal(48.5m, 51.5m, 100.0m);

    [Fact]
    public void Ethnicity_is_a_percentage_of_each_sex_with_a_not_known_row()
    {
        var table = Profile.Table(CaseloadDimension.ByEthnicityGroup);

        table.Rows.Select(r => r.Label).Should().Equal("White", "Mixed", "Asian or Asian British", "Black or Black British", "Other Ethnic Group", "Not known");
        Percents(table.Row("White")!).Should().Equal(91.7m, 86.8m, 87.3m);
        Percents(table.Row("Mixed")!).Should().Equal(0.0m, 5.3m, 4.7m);
        Percents(table.Row("BlackOrBlackBritish")!).Should().Equal(0.0m, 1.6m, 1.4m);
        // The seed's Asian (2.1 %) and Chinese (1.6 %) rows for boys are one YJB group.
        Percents(table.Row("AsianOrAsianBritish")!).Should().Equal(0.0m, 3.7m, 3.3m);
        Percents(table.Row("OtherEthnicGroup")!).Should().Equal(0.0m, 0.0m, 0.0m);
        Percents(table.Row("NotKnown")!).Should().Equal(8.3m, 2.6m, 3.3m);
        Percents(table.Total).Should().Equal(100.0m, 100.0m, 100.0m);
    }

    [Fact]
    public void Age_bands_are_10_13_14_15_16_and_17_plus()
    {
        var table = Profile.Table(CaseloadDimension.ByAgeBand);

        table.Rows.Select(r => r.Label).Should().Equal("10-13", "14", "15", "16", "17+", "Not known");
        table.Rows.Take(5).Select(Percents).Should().BeEquivalentTo(
            new[]
            {
                new decimal?[] { 29.2m, 18.0m, 19.2m },
                new decimal?[] { 20.8m, 14.3m, 15.0m },
                new decimal?[] { 25.0m, 14.8m, 16.0m },
                new decimal?[] { 12.5m, 22.2m, 21.1m },
                new decimal?[] { 12.5m, 30.7m, 28.6m },
            },
            o => o.WithStrictOrdering());
        table.Row("NotKnown")!.All.Count.Should().Be(0);
    }

    [Fact]
    public void Looked_after_is_yes_or_no()
    {
        var table = Profile.Table(CaseloadDimension.ByLookedAfter);

        Percents(table.Row("Yes")!).Should().Equal(29.2m, 13.8m, 15.5m);
        Percents(table.Row("No")!).Should().Equal(70.8m, 86.2m, 84.5m);
        table.Row("NotKnown")!.All.Count.Should().Be(0);
    }

    [Fact]
    public void Every_column_of_every_table_adds_up_to_its_total()
    {
        foreach (var dimension in CaseloadDimension.List)
        {
            var table = Profile.Table(dimension);
            for (var column = 0; column < CaseloadProfile.SexColumns.Count; column++)
            {
                table.Rows.Sum(r => r.BySex[column].Count).Should().Be(table.Total.BySex[column].Count, $"{dimension.Name}, column {column}");
            }

            table.Rows.Sum(r => r.All.Count).Should().Be(Profile.Total);
        }
    }

    [Fact]
    public void Care_status_lists_every_status_then_not_known()
        => Profile.Table(CaseloadDimension.ByCareStatus).Rows.Select(r => r.Key).Should().Equal(
            "LookedAfter", "ChildProtectionPlan", "ChildInNeed", "EarlyHelp", "EarlyHelpReferral", "CareLeaver", "None", "NotKnown");

    [Fact]
    public void Not_known_values_have_their_own_rows_and_column()
    {
        var profile = new CaseloadProfile([new CaseloadEntry(new ChildId("X1"), Sex.NotKnown, EthnicityGroup.InformationNotObtainable, null, null)]);

        profile.Table(CaseloadDimension.ByAgeBand).Row("NotKnown")!.BySex[2].Should().Be(new CaseloadCell(1, 100.0m));
        profile.Table(CaseloadDimension.ByLookedAfter).Row("NotKnown")!.All.Count.Should().Be(1);
        profile.SexSplit.BySex[0].Should().Be(new CaseloadCell(0, 0.0m));
        profile.Table(CaseloadDimension.ByEthnicityGroup).Row("White")!.BySex[0].Should().Be(new CaseloadCell(0, null), "no girls: no percentage of girls");
        profile.PopulationSplit.Should().BeNull();
    }

    [Fact]
    public void Child_counted_twice_is_refused()
    {
        var entry = new CaseloadEntry(new ChildId("X1"), Sex.Male, EthnicityGroup.White, AgeBand.Aged15, CareStatus.None);
        FluentActions.Invoking(() => new CaseloadProfile([entry, entry])).Should().Throw<ArgumentException>().WithMessage("Child X1 appears more than once; a profile counts each child once.*");
    }

    [Fact]
    public void Entry_refuses_a_band_outside_the_caseload_scheme()
        => FluentActions.Invoking(() => new CaseloadEntry(new ChildId("X1"), Sex.Male, EthnicityGroup.White, AgeBand.Aged10To14, null))
            .Should().Throw<ArgumentException>().WithParameterName("ageBand");

    [Theory]
    [InlineData("2021-09-30", "Aged17AndOver")]
    [InlineData("2018-09-30", "Aged14")]
    [InlineData("2014-05-31", null)]
    [InlineData("2014-06-01", "Aged10To13")]
    public void Entry_reads_age_band_from_the_case_record(string asAt, string? band)
    {
        var child = new ChildCase(new ChildId("C1"), new LocalDate(2004, 6, 1), Sex.Female, Ethnicity.Caribbean);

        var entry = CaseloadEntry.From(child, NodaTime.Text.LocalDatePattern.Iso.Parse(asAt).Value);

        entry.AgeBand?.Name.Should().Be(band);
        entry.EthnicityGroup.Should().Be(EthnicityGroup.BlackOrBlackBritish);
        entry.CareStatus.Should().Be(CareStatus.None);
    }

    [Fact]
    public void Entry_reads_the_care_status_open_on_the_date_looked_after_first()
    {
        var child = new ChildCase(new ChildId("C1"), null, Sex.Male, Ethnicity.NotKnown, careStatus:
        [
            new CareStatusPeriod(CareStatus.ChildInNeed, new LocalDate(2021, 1, 1), null),
            new CareStatusPeriod(CareStatus.LookedAfter, new LocalDate(2021, 6, 1), new LocalDate(2021, 9, 30)),
        ]);

        CaseloadEntry.From(child, new LocalDate(2021, 9, 30)).CareStatus.Should().Be(CareStatus.LookedAfter);
        CaseloadEntry.From(child, new LocalDate(2021, 10, 1)).CareStatus.Should().Be(CareStatus.ChildInNeed);
        CaseloadEntry.From(child, new LocalDate(2021, 10, 1)).AgeBand.Should().BeNull();
    }
}

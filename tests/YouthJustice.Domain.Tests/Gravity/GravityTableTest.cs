using YouthJustice.Domain.Gravity;

namespace YouthJustice.Domain.Tests.Gravity;

public class GravityTableTest
{
    private const string Header = "offence_code,description,npcc_cgm_base,acpo_2013,verified,source_note";

    private static GravityTable ParseOk(string csv, LocalDate? until = null)
        => GravityTable.Parse(csv, "Test v1", new LocalDate(2023, 10, 1), until).AsT0;

    private static GravityTableFormatError ParseError(string csv)
        => GravityTable.Parse(csv, "Test v1", new LocalDate(2023, 10, 1), null).AsT1;

    [Fact]
    public void Sample_table_holds_the_17_illustrative_offences_all_unverified()
    {
        var sample = GravityTable.Sample;

        sample.Entries.Should().HaveCount(17);
        sample.Entries.Should().OnlyContain(e => !e.IsVerified && e.SourceNote!.Contains("UNVERIFIED"));
        sample.IsVerified.Should().BeFalse();
        sample.Version.Should().Be(GravityTable.SampleVersion).And.Contain("UNVERIFIED");
        sample.EffectiveFrom.Should().Be(new LocalDate(2023, 10, 1));
        sample.EffectiveUntil.Should().BeNull();
    }

    [Fact]
    public void Sample_robbery_scores_5_on_the_child_gravity_matrix_and_4_on_acpo()
    {
        var robbery = GravityTable.Sample.Find("SAMPLE-ROBBERY").AsT0;

        robbery.Description.Should().Be("Robbery");
        robbery.ChildGravityBaseScore.Should().Be(new ChildGravityScore(5));
        robbery.AcpoGravityScore.Should().Be(new AcpoGravityScore(4));
    }

    [Fact]
    public void Sample_keeps_the_yjb_category_and_seriousness_side_by_side()
    {
        var robbery = GravityTable.Sample.Find("SAMPLE-ROBBERY").AsT0;

        robbery.Category.Should().Be(OffenceCategory.Robbery);
        robbery.YjbSeriousness.Should().Be(new SeriousnessScore(6));
        GravityTable.Sample.Entries.Should().OnlyContain(e => e.Category != null && e.YjbSeriousness != null);
    }

    [Fact]
    public void Yjb_columns_are_optional_and_checked()
    {
        const string header = "offence_code,description,npcc_cgm_base,acpo_2013,verified,yjb_category,yjb_seriousness";

        ParseOk(header + "\nX1,Theft,2,1,false,,").Entries[0].YjbSeriousness.Should().BeNull();
        ParseOk(header + "\nX1,Robbery,5,4,false,ROBBERY,6").Entries[0].Category.Should().Be(OffenceCategory.Robbery);
        ParseError(header + "\nX1,Theft,2,1,false,Thefts,2").Should().Match<GravityTableFormatError>(e => e.Column == "yjb_category" && e.Value == "Thefts");
        ParseError(header + "\nX1,Theft,2,1,false,Other,9").Should().Be(new GravityTableFormatError(2, "yjb_seriousness", "9", "a whole number 1-8, or empty"));
    }

    [Fact]
    public void Sample_murder_has_no_acpo_score()
        => GravityTable.Sample.Find("SAMPLE-MURDER").AsT0.AcpoGravityScore.Should().BeNull();

    [Fact]
    public void Description_with_commas_is_read_whole()
        => GravityTable.Sample.Find("SAMPLE-PUBLIC-ORDER-S5").AsT0.Description
            .Should().Be("Public Order Act 1986 s.5 (harassment, alarm or distress)");

    [Fact]
    public void Offence_codes_match_ignoring_case()
        => GravityTable.Sample.Find("sample-robbery").IsT0.Should().BeTrue();

    [Fact]
    public void Unknown_offence_is_a_typed_error_never_a_default_score()
    {
        var error = GravityTable.Sample.Find("TH68010").AsT1;

        error.OffenceCode.Should().Be("TH68010");
        error.TableVersion.Should().Be(GravityTable.SampleVersion);
        error.Message.Should().Be($"Offence code 'TH68010' is not in gravity table '{GravityTable.SampleVersion}'; load the official table that covers it.");
    }

    [Fact]
    public void Missing_offence_code_is_a_typed_error()
        => GravityTable.Sample.Find(null).AsT1.Message.Should().StartWith("No offence code was given");

    [Fact]
    public void Table_applies_from_its_first_to_its_last_day()
    {
        var table = ParseOk(Header + "\nX1,Theft,2,2,true,", until: new LocalDate(2024, 3, 31));

        table.AppliesOn(new LocalDate(2023, 9, 30)).Should().BeFalse();
        table.AppliesOn(new LocalDate(2023, 10, 1)).Should().BeTrue();
        table.AppliesOn(new LocalDate(2024, 3, 31)).Should().BeTrue();
        table.AppliesOn(new LocalDate(2024, 4, 1)).Should().BeFalse();
        table.IsVerified.Should().BeTrue();
    }

    [Fact]
    public void Empty_scores_are_absent_not_defaulted()
    {
        var entry = ParseOk(Header + "\r\nX1,Theft,,,false,\r\n").Entries.Single();

        entry.ChildGravityBaseScore.Should().BeNull();
        entry.AcpoGravityScore.Should().BeNull();
        entry.SourceNote.Should().BeNull();
    }

    [Fact]
    public void Quoted_fields_keep_quotes_and_line_breaks()
    {
        var entry = ParseOk(Header + "\nX1,\"Theft \"\"shop\"\"\nline two\",2,1,false,note\n\nX2,Other,1,1,false,").Entries[0];

        entry.Description.Should().Be("Theft \"shop\"\nline two");
        entry.SourceNote.Should().Be("note");
    }

    [Fact]
    public void Lines_after_a_multi_line_field_are_numbered_from_the_text()
        => ParseError(Header + "\nX1,\"a\nb\",2,1,false,\nX2,Other,9,1,false,").Line.Should().Be(4);

    [Theory]
    [InlineData("0", "a whole number 1-5, or empty")]
    [InlineData("6", "a whole number 1-5, or empty")]
    [InlineData("three", "a whole number 1-5, or empty")]
    public void Child_gravity_score_outside_1_to_5_is_reported_with_line_and_column(string value, string expected)
    {
        var error = ParseError(Header + $"\nX1,Theft,{value},1,false,");

        error.Should().Be(new GravityTableFormatError(2, "npcc_cgm_base", value, expected));
        error.Message.Should().Be($"Line 2: column 'npcc_cgm_base' has '{value}'; expected {expected}.");
    }

    [Fact]
    public void Acpo_score_5_is_reported()
        => ParseError(Header + "\nX1,Theft,2,5,false,").Should().Be(new GravityTableFormatError(2, "acpo_2013", "5", "a whole number 1-4, or empty"));

    [Fact]
    public void Verified_must_be_true_or_false()
        => ParseError(Header + "\nX1,Theft,2,1,yes,").Should().Be(new GravityTableFormatError(2, "verified", "yes", "'true' or 'false'"));

    [Fact]
    public void Duplicate_offence_code_is_reported()
        => ParseError(Header + "\nX1,Theft,2,1,false,\nx1,Theft again,2,1,false,").Should()
            .Be(new GravityTableFormatError(3, "offence_code", "x1", "an offence code not already in the table"));

    [Fact]
    public void Missing_header_column_is_reported()
        => ParseError("offence_code,description,acpo_2013,verified\nX1,Theft,1,false").Should()
            .Be(new GravityTableFormatError(1, "npcc_cgm_base", null, "a header column named 'npcc_cgm_base'"));

    [Fact]
    public void Empty_text_is_reported()
        => ParseError(string.Empty).Line.Should().Be(1);

    [Fact]
    public void Blank_code_and_description_are_reported()
    {
        ParseError(Header + "\n,Theft,2,1,false,").Column.Should().Be("offence_code");
        ParseError(Header + "\nX1,,2,1,false,").Column.Should().Be("description");
    }

    [Fact]
    public void Constructor_rejects_duplicates_and_reversed_dates()
    {
        var entry = new GravityTableEntry("X1", "Theft", new ChildGravityScore(2), null, isVerified: false);
        var duplicate = () => new GravityTable("v", new LocalDate(2024, 1, 1), null, [entry, entry]);
        var reversed = () => new GravityTable("v", new LocalDate(2024, 1, 1), new LocalDate(2023, 12, 31), [entry]);

        duplicate.Should().Throw<ArgumentException>().WithParameterName("entries").WithMessage("Offence code 'X1' appears more than once.*");
        reversed.Should().Throw<ArgumentException>().WithParameterName("effectiveUntil");
    }
}

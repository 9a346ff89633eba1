using NodaTime;
using YouthJustice.Domain.Children;

namespace YouthJustice.Interchange.Tests.Csv;

/// <summary>
/// Cells are parsed from Sep's spans, and values of closed sets looked up from what a column has already read (issue
/// 10). What is read, and every message, must be what the general path gives: a value read a second time from the
/// cache is the same value, and a near miss is refused every time.
/// </summary>
public class CellParsingTest
{
    [Fact]
    public void Dates_codes_and_near_misses_read_from_spans_give_the_general_paths_values_and_messages()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write(
            "children.csv",
            "child_id,date_of_birth,sex,ethnicity\n"
            + "C1,2008-02-29,Male,WhiteBritish\n"
            + "C2,1900-01-01,Male,WhiteBritish\n"
            + "C3,2009-02-29,male,WhiteBritish\n"
            + "C4,2009-2-28,Male,WhiteBritish\n"
            + "C5,,Male,WhiteBritish\n"
            + "C6,2010-12-31,male,Indian\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Value.Children.Select(c => (c.Id.Value, c.DateOfBirth, c.Sex)).Should().Equal(
            ("C1", new LocalDate(2008, 2, 29), Sex.Male),
            ("C2", (LocalDate?)null, Sex.Male),
            ("C5", null, Sex.Male));
        var allowed = string.Join(", ", Sex.Parse("x").AsT1.AllowedValues);
        result.Issues.Select(i => i.Message).Should().Equal(
            "error IX-FIELD-003 at children.csv, line 4, column date_of_birth: '2009-02-29' is not a valid date for 'date_of_birth': dates are written yyyy-MM-dd, for example 2024-03-31.",
            $"error IX-FIELD-002 at children.csv, line 4, column sex: 'male' is not a valid 'sex'; expected one of: {allowed}.",
            "error IX-FIELD-003 at children.csv, line 5, column date_of_birth: '2009-2-28' is not a valid date for 'date_of_birth': dates are written yyyy-MM-dd, for example 2024-03-31.",
            $"error IX-FIELD-002 at children.csv, line 7, column sex: 'male' is not a valid 'sex'; expected one of: {allowed}.");
    }

    [Fact]
    public void Numbers_and_flags_read_from_spans_accept_what_the_general_path_accepts()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", "child_id,sex,ethnicity\nC1,Male,WhiteBritish\n");
        folder.Write(
            "offences.csv",
            "child_id,offence_id,offence_date,category,seriousness,knife_related\n"
            + "C1,O1,2023-01-01,Robbery,+3,TRUE\n"
            + "C1,O2,2023-01-01,Robbery,4.0,False\n"
            + "C1,O3,2023-01-01,Robbery,4.5,false\n"
            + "C1,O4,2023-01-01,Robbery,5,yes\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Value.Children.Single().Offences.Select(o => (o.Id.Value, o.Seriousness.Value, o.KnifeRelated)).Should().Equal(("O1", 3, true), ("O2", 4, false));
        result.Issues.Select(i => i.Message).Should().Equal(
            "error IX-FIELD-006 at offences.csv, line 4, column seriousness: '4.5' is not a whole number for 'seriousness'.",
            "error IX-FIELD-006 at offences.csv, line 5, column knife_related: 'yes' is not true or false for 'knife_related'.");
    }
}

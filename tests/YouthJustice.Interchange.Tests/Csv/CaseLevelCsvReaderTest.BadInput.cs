namespace YouthJustice.Interchange.Tests.Csv;

/// <summary>Each test is one row of the bad-input table in docs/interchange.md and checks the exact message.</summary>
public partial class CaseLevelCsvReaderTest
{
    private const string ChildrenHeader = "child_id,date_of_birth,sex,ethnicity";

    [Fact]
    public void A_folder_that_does_not_exist_is_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), "yj-missing-" + System.Guid.NewGuid().ToString("N"));

        CaseLevelCsvReader.ReadFolder(path).Issues.Should().ContainSingle().Which.Message.Should().Be(
            $"error IX-IO-001 at the document: The folder '{path}' does not exist.");
    }

    [Fact]
    public void A_missing_children_file_is_reported_and_nothing_is_read()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("ete.csv", "child_id,provision\nC1,College\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            $"error IX-CSV-003 at children.csv: The folder '{folder.Path}' has no children.csv; it is the one file a table set must have.");
        result.Summary.Seen.Should().Be(0);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("ete.csv", string.Empty);

        CaseLevelCsvReader.ReadFolder(folder.Path).Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-CSV-004 at ete.csv: ete.csv is empty: it must start with the header line child_id,start,end,provision,suitability,hours_offered,hours_attended");
    }

    [Fact]
    public void A_header_without_a_required_column_rejects_every_line_of_the_file()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("ete.csv", "child_id,start\nC1,2023-01-01\nC2,2023-01-01\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-CSV-001 at ete.csv, line 1, column provision: The required column 'provision' is missing, so no line of ete.csv can be read; the header of ete.csv is: child_id,start,end,provision,suitability,hours_offered,hours_attended");
        result.Summary.For(InputItemKind.Ete).Should().Be(new ItemCount(InputItemKind.Ete, 2, 0, new Dictionary<string, int> { ["IX-CSV-001"] = 2 }));
        result.Value.Children.Should().HaveCount(2);
    }

    [Fact]
    public void An_unknown_column_is_reported_and_ignored()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", "child_id,date_of_birth,sex,ethnicity,gender\nC1,2008-05-01,Male,WhiteBritish,M\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-CSV-002 at children.csv, line 1, column gender: Unknown column 'gender' (it is ignored); the header of children.csv is: child_id,date_of_birth,sex,ethnicity");
        result.Value.Children.Should().ContainSingle();
    }

    [Fact]
    public void A_column_named_twice_is_reported()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", "child_id,sex,sex,ethnicity\nC1,Male,Male,WhiteBritish\n");

        CaseLevelCsvReader.ReadFolder(folder.Path).Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-CSV-007 at children.csv, line 1, column sex: The column 'sex' appears more than once in the header; the header of children.csv is: child_id,date_of_birth,sex,ethnicity");
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_fields_is_rejected()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", ChildrenHeader + "\nC1,2008-05-01,Male\nC2,2008-05-01,Male,WhiteBritish\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().ContainSingle().Which.Message.Should().Be("error IX-CSV-006 at children.csv, line 2: The line has 3 field(s); the header has 4.");
        result.Value.Children.Single().Id.Value.Should().Be("C2");
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_in_csv()
    {
        using var folder = new Inputs.TempFolder();
        File.WriteAllText(folder.File("children.csv"), Children, new UTF8Encoding(true));

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().BeEmpty();
        result.Value.Children.Should().HaveCount(2);
    }

    [Fact]
    public void A_line_for_a_child_that_is_not_in_children_csv_is_rejected()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("care_status.csv", "child_id,status,start,end\nC9,LookedAfter,,\n");

        CaseLevelCsvReader.ReadFolder(folder.Path).Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-CSV-005 at care_status.csv, line 2, column child_id: There is no child 'C9' in children.csv; this line is rejected.");
    }

    [Fact]
    public void An_outcome_for_an_offence_that_is_not_in_offences_csv_is_rejected()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("outcomes.csv", "child_id,offence_id,date,outcome\nC1,O5,2023-01-01,YouthCaution\n");

        CaseLevelCsvReader.ReadFolder(folder.Path).Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-CSV-005 at outcomes.csv, line 2, column offence_id: There is no offence 'O5' of child 'C1' in offences.csv; this line is rejected.");
    }

    [Fact]
    public void Text_that_is_not_a_number_names_file_line_and_column()
        => ReadEte("C1,,,College,,abc,").Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-FIELD-006 at ete.csv, line 2, column hours_offered: 'abc' is not a number for 'hours_offered'.");

    [Fact]
    public void Negative_hours_in_csv_name_the_column()
        => ReadEte("C1,,,College,,-1.5,").Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-FIELD-004 at ete.csv, line 2, column hours_offered: 'hours_offered' cannot be negative; was -1.5.");

    [Fact]
    public void A_bad_date_in_csv_names_the_column()
        => ReadEte("C1,2023-13-01,,College,,,").Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-FIELD-003 at ete.csv, line 2, column start: '2023-13-01' is not a valid date for 'start': dates are written yyyy-MM-dd, for example 2024-03-31.");

    [Fact]
    public void An_unknown_value_in_csv_names_the_column()
        => ReadEte("C1,,,Colege,,,").Issues.Should().ContainSingle().Which.Message.Should().StartWith(
            "error IX-FIELD-002 at ete.csv, line 2, column provision: 'Colege' is not a valid 'provision'; expected one of: None, MainstreamSchool, ");

    [Fact]
    public void Text_that_is_not_a_boolean_is_reported()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("send_aln.csv", "child_id,identified\nC1,yes\n");

        CaseLevelCsvReader.ReadFolder(folder.Path).Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-FIELD-006 at send_aln.csv, line 2, column identified: 'yes' is not true or false for 'identified'.");
    }

    [Fact]
    public void A_list_with_an_empty_item_is_reported()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("victims.csv", "child_id,victim_id,offence_ids\nC1,V1,O1;;O2\n");

        CaseLevelCsvReader.ReadFolder(folder.Path).Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-FIELD-006 at victims.csv, line 2, column offence_ids: 'O1;;O2' has an empty item; 'offence_ids' lists ids separated by ';', for example O1;O2.");
    }

    [Fact]
    public void A_missing_child_id_in_a_linked_file_is_reported()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("care_status.csv", "child_id,status\n,LookedAfter\n");

        CaseLevelCsvReader.ReadFolder(folder.Path).Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-FIELD-001 at care_status.csv, line 2, column child_id: The required field 'child_id' is missing.");
    }

    [Fact]
    public void Lines_of_a_rejected_child_are_rejected_with_it()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", ChildrenHeader + "\nC1,2008-05-01,Mal,WhiteBritish\n");
        folder.Write("care_status.csv", "child_id,status\nC1,LookedAfter\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(IssueCodes.UnknownValue);
        result.Summary.For(InputItemKind.CareStatus).RejectedByCode.Should().Equal(new Dictionary<string, int> { ["IX-ITEM-001"] = 1 });
    }

    [Fact]
    public void A_writer_refuses_an_offence_id_holding_the_list_separator()
    {
        var data = Inputs.ReadJson(Inputs.Document(Inputs.Child(fields:
            "\"offences\": [{\"id\": \"O;1\", \"offenceDate\": \"2023-01-01\", \"category\": \"Robbery\", \"seriousness\": 5, \"knifeRelated\": false}], "
            + "\"interventions\": [{\"id\": \"I1\", \"disposal\": \"YouthCaution\", \"start\": \"2023-02-01\", \"offenceIds\": [\"O;1\"]}]"))).Value;
        using var folder = new Inputs.TempFolder();

        var write = () => CaseLevelCsvWriter.WriteFolder(data, folder.Path);

        write.Should().Throw<System.ArgumentException>().WithMessage("The offence id 'O;1' contains ';', which separates the ids of a list in CSV; write this data as JSON.*");
    }

    private static ReadResult<Domain.Services.ServiceData> ReadEte(string line)
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("ete.csv", "child_id,start,end,provision,suitability,hours_offered,hours_attended\n" + line + "\n");
        return CaseLevelCsvReader.ReadFolder(folder.Path);
    }
}

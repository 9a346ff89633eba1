namespace YouthJustice.Interchange.Tests.BadInput;

/// <summary>
/// Issue 14, decision IX-R2: a read tells "nothing usable" (fatal) from "some items lost" (partial) from "all read"
/// (complete), as a typed outcome with the fatal issues and the losses, so that a caller needs no list of its own.
/// </summary>
public sealed class ReadOutcomeTest
{
    private const string ChildrenCsv = "child_id,date_of_birth,sex,ethnicity\nC1,2008-05-01,Male,WhiteBritish\nC2,2009-01-31,Female,Indian\n";

    [Fact]
    public void A_read_with_nothing_lost_is_complete()
    {
        var result = Inputs.ReadJson(Inputs.Document(Inputs.Child("C1") + "," + Inputs.Child("C2")));

        result.Outcome.Should().Be(ReadOutcome.Complete);
        result.IsFatal.Should().BeFalse();
        result.Losses.Should().BeEmpty();
        result.FatalIssues.Should().BeEmpty();
        result.KindsLost.Should().BeEmpty();
    }

    [Fact]
    public void A_rejected_child_among_others_makes_the_read_partial_with_the_loss_listed()
    {
        var result = Inputs.ReadJson(Inputs.Document(Inputs.Child("C1") + "," + Inputs.Child("C2", "\"sex\": \"M\"").Replace("\"sex\": \"Male\", ", string.Empty, System.StringComparison.Ordinal)));

        result.Outcome.Should().Be(ReadOutcome.Partial);
        result.Losses.Should().ContainSingle().Which.Code.Should().Be(IssueCodes.UnknownValue);
        result.Value.Children.Should().ContainSingle();
    }

    [Theory]
    [InlineData("[ {\"schema\": \"youthjustice-caselevel/1\"} ]")]
    [InlineData("null")]
    [InlineData("123")]
    [InlineData("\"youthjustice-caselevel/1\"")]
    public void A_root_that_is_not_an_object_is_fatal(string document)
    {
        var result = Inputs.ReadJson(document);

        result.Outcome.Should().Be(ReadOutcome.Fatal);
        result.FatalIssues.Should().ContainSingle().Which.Message.Should().StartWith("error IX-JSON-003 at the document: A case-level document is a JSON object");
    }

    [Theory]
    [InlineData("{\"schema\": \"youthjustice-caselevel/1\", \"service\": {\"code\": \"YJS01\", \"name\": \"T\"}, \"children\": {}}", "children")]
    [InlineData("{\"schema\": \"youthjustice-caselevel/1\", \"service\": {\"code\": \"YJS01\", \"name\": \"T\"}, \"children\": [], \"populations\": 3}", "populations")]
    public void A_top_level_list_of_the_wrong_type_is_fatal(string document, string list)
        => Inputs.ReadJson(document).FatalIssues.Should().ContainSingle().Which.Location.Path.Should().Be(list);

    [Fact]
    public void A_document_cut_short_is_fatal()
    {
        var text = Inputs.Document(Inputs.Child("C1") + "," + Inputs.Child("C2"));

        var result = Inputs.ReadJson(text[..(text.Length - 30)]);

        result.Outcome.Should().Be(ReadOutcome.Fatal);
        result.FatalIssues.Should().Contain(i => i.Code == IssueCodes.NotJson);
    }

    [Fact]
    public void Every_child_rejected_is_fatal_and_names_the_kind_lost()
    {
        var result = Inputs.ReadJson(Inputs.Document(Inputs.Child("C1", "\"sex\": \"M\"").Replace("\"sex\": \"Male\", ", string.Empty, System.StringComparison.Ordinal)));

        result.Outcome.Should().Be(ReadOutcome.Fatal);
        result.FatalIssues.Should().BeEmpty();
        result.KindsLost.Should().Equal(InputItemKind.Child);
    }

    [Fact]
    public void A_field_name_in_the_wrong_case_is_a_loss_that_says_which_field_was_meant()
    {
        var result = Inputs.ReadJson(Inputs.Document(Inputs.Child("C1", "\"Ete\": [ { \"provision\": \"College\" } ]")));

        result.Outcome.Should().Be(ReadOutcome.Partial);
        result.Losses.Should().ContainSingle().Which.Message.Should().Be(
            "warning IX-JSON-004 at children[0].Ete: 'Ete' is not a field of this record; it was ignored. Did you mean 'ete'? (field names are case-sensitive)");
    }

    [Fact]
    public void A_data_quality_warning_that_keeps_the_data_is_not_a_loss()
    {
        var result = Inputs.ReadJson(Inputs.Document(Inputs.Child(
            "C1",
            "\"interventions\": [ { \"id\": \"I1\", \"disposal\": \"ReferralOrder\", \"start\": \"2023-05-01\", \"end\": \"2023-11-30\", \"offenceIds\": [\"O9\"] } ]")));

        result.Warnings.Should().NotBeEmpty();
        result.Outcome.Should().Be(ReadOutcome.Complete);
    }

    [Fact]
    public void The_fatal_codes_are_public_and_each_makes_an_error_fatal()
    {
        IssueCodes.Fatal.Should().BeEquivalentTo(
            IssueCodes.NotJson, IssueCodes.WrongSchema, IssueCodes.EmptyDocument, IssueCodes.ItemTooLarge, IssueCodes.MissingChildrenFile,
            IssueCodes.MissingColumn, IssueCodes.EmptyFile, IssueCodes.NotFound, IssueCodes.ReadFailed);
        foreach (var code in IssueCodes.Fatal)
        {
            IssueCodes.IsFatal(new InputIssue(IssueSeverity.Error, code, InputLocation.Document, null, "x")).Should().BeTrue(code);
            IssueCodes.IsFatal(new InputIssue(IssueSeverity.Warning, code, InputLocation.Document, null, "x")).Should().BeFalse(code);
        }

        IssueCodes.IsFatal(new InputIssue(IssueSeverity.Error, IssueCodes.WrongType, InputLocation.Json("children[0].ete"), null, "x")).Should().BeFalse();
    }

    [Theory]
    [InlineData("child_id, date_of_birth, sex, ethnicity\nC1, 2008-05-01, Male, WhiteBritish\n", "The required column 'sex' is missing, so no line of children.csv can be read (' sex' differs from it in case or spaces")]
    [InlineData("CHILD_ID,DATE_OF_BIRTH,SEX,ETHNICITY\nC1,2008-05-01,Male,WhiteBritish\n", "The required column 'child_id' is missing, so no line of children.csv can be read ('CHILD_ID' differs from it in case or spaces")]
    [InlineData("child_id;date_of_birth;sex;ethnicity\nC1;2008-05-01;Male;WhiteBritish\n", "The required column 'child_id' is missing, so no line of children.csv can be read (the header is separated by ';': the table set is comma-separated)")]
    [InlineData("", "children.csv is empty")]
    public void An_unusable_children_file_is_fatal_and_says_why(string children, string reason)
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", children);

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Outcome.Should().Be(ReadOutcome.Fatal);
        result.FatalIssues.Select(i => i.Message).Should().Contain(m => m.Contains(reason));
    }

    [Theory]
    [InlineData("ETE.csv", "'ETE.csv' is not a file of the table set, so it was not read; did you mean 'ete.csv'? (file names are lower case).")]
    [InlineData("education.csv", "'education.csv' is not a file of the table set, so it was not read; the files of a table set are: children.csv, offences.csv,")]
    public void A_csv_file_that_is_not_a_file_of_the_table_set_is_a_reported_loss(string file, string reason)
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", ChildrenCsv);
        folder.Write(file, "child_id,provision\nC1,College\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Outcome.Should().Be(ReadOutcome.Partial);
        var loss = result.Losses.Should().ContainSingle().Subject;
        loss.Code.Should().Be(IssueCodes.UnknownFile);
        loss.Severity.Should().Be(IssueSeverity.Warning);
        loss.Message.Should().StartWith($"warning IX-CSV-008 at {file}: {reason}");
    }

    [Fact]
    public void Csv_bytes_that_are_not_utf8_are_refused_rather_than_replaced()
    {
        using var folder = new Inputs.TempFolder();
        var latin1 = Encoding.Latin1.GetBytes("child_id,date_of_birth,sex,ethnicity\nC\u00e91,2008-05-01,Male,WhiteBritish\n");
        File.WriteAllBytes(folder.File("children.csv"), latin1);

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Outcome.Should().Be(ReadOutcome.Fatal);
        result.FatalIssues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-IO-002 at children.csv: children.csv is not UTF-8 text (bytes E9), so it was not read: save it as CSV UTF-8 (Excel: 'CSV UTF-8 (Comma delimited)').");
        result.Value.Children.Should().NotContain(c => c.Id.Value.Contains('\uFFFD'));
    }

    [Fact]
    public void A_utf8_byte_order_mark_in_csv_is_still_accepted()
    {
        using var folder = new Inputs.TempFolder();
        File.WriteAllBytes(folder.File("children.csv"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ChildrenCsv)]);

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Outcome.Should().Be(ReadOutcome.Complete);
        result.Value.Children.Should().HaveCount(2);
    }
}

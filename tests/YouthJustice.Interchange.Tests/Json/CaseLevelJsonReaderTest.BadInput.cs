namespace YouthJustice.Interchange.Tests.Json;

/// <summary>Each test is one row of the bad-input table in docs/interchange.md and checks the exact message.</summary>
public partial class CaseLevelJsonReaderTest
{
    [Fact]
    public void Text_that_is_not_json_is_reported_with_its_position()
    {
        var result = Inputs.ReadJson("child_id,date_of_birth\nC1,2008-01-01\n");

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-JSON-001 at line 1, byte 0: The input is not JSON: 'c' is an invalid start of a value.");
        result.Summary.Seen.Should().Be(0);
    }

    [Fact]
    public void A_document_that_breaks_part_way_keeps_what_was_read_before()
    {
        var text = Inputs.Document(Inputs.Child("C1") + ",\n" + Inputs.Child("C2") + ",\n{\"id\": \"C3\", \"sex\": Male}");

        var result = Inputs.ReadJson(text);

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-JSON-001 at children[2] (line 3, byte 20): The document stops being valid JSON here: 'M' is an invalid start of a value. Nothing after this point was read.");
        result.Value.Children.Select(c => c.Id.Value).Should().Equal("C1", "C2");
        result.Summary.For(InputItemKind.Child).Should().Be(new ItemCount(InputItemKind.Child, 3, 2, new System.Collections.Generic.Dictionary<string, int> { ["IX-JSON-001"] = 1 }));
    }

    [Fact]
    public void An_empty_document_is_reported()
        => Inputs.ReadJson(string.Empty).Issues.Should().ContainSingle().Which.Message.Should().Be("error IX-JSON-007 at the document: The document is empty.");

    [Fact]
    public void A_document_that_is_not_an_object_is_reported()
        => Inputs.ReadJson("[" + Inputs.Child() + "]").Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-JSON-003 at the document: A case-level document is a JSON object that starts {\"schema\": \"youthjustice-caselevel/1\"; found a list.");

    [Fact]
    public void A_wrong_schema_version_reads_nothing()
    {
        var result = Inputs.ReadJson(Inputs.Document(Inputs.Child()).Replace("caselevel/1", "caselevel/2", System.StringComparison.Ordinal));

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-JSON-002 at schema: The document's schema is 'youthjustice-caselevel/2'; this reader reads 'youthjustice-caselevel/1' only, so nothing was read.");
        result.Value.Children.Should().BeEmpty();
        result.Summary.Seen.Should().Be(0);
    }

    [Fact]
    public void A_wrong_schema_after_the_children_rejects_what_was_read()
    {
        var result = Inputs.ReadJson("{\"children\": [" + Inputs.Child() + "], \"schema\": \"youthjustice-caselevel/0\"}");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(IssueCodes.WrongSchema);
        result.Value.Children.Should().BeEmpty();
        result.Summary.For(InputItemKind.Child).RejectedByCode.Should().Equal(new System.Collections.Generic.Dictionary<string, int> { ["IX-JSON-002"] = 1 });
    }

    [Fact]
    public void A_missing_schema_reads_nothing()
    {
        var result = Inputs.ReadJson("{\"service\": {\"code\": \"YJS01\", \"name\": \"Test\"}, \"children\": [" + Inputs.Child() + "]}");

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-JSON-002 at schema: The document has no 'schema'; a case-level document starts {\"schema\": \"youthjustice-caselevel/1\", so nothing was read.");
        result.Value.Children.Should().BeEmpty();
        result.Summary.Rejected.Should().Be(1);
    }

    [Fact]
    public void A_missing_service_is_reported_and_the_children_are_still_read()
    {
        var result = Inputs.ReadJson("{\"schema\": \"youthjustice-caselevel/1\", \"children\": [" + Inputs.Child() + "]}");

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-FIELD-001 at service: The required field 'service' is missing; the service is read as 'UNKNOWN'.");
        result.Value.Code.Value.Should().Be("UNKNOWN");
        result.Value.Children.Should().ContainSingle();
    }

    [Fact]
    public void An_unknown_enumeration_value_lists_the_allowed_values_and_rejects_the_child()
    {
        var result = Inputs.ReadJson(Inputs.Document(Inputs.Child().Replace("\"Male\"", "\"M\"", System.StringComparison.Ordinal)));

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Message.Should().Be("error IX-FIELD-002 at children[0].sex: 'M' is not a valid 'sex'; expected one of: NotKnown, Male, Female, 1, 2.");
        issue.Value.Should().Be("M");
        issue.ChildId.Should().Be("C1");
        result.Value.Children.Should().BeEmpty();
    }

    [Fact]
    public void Enumeration_names_are_case_sensitive()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child().Replace("\"Male\"", "\"male\"", System.StringComparison.Ordinal)))
            .Issues.Should().ContainSingle().Which.Code.Should().Be(IssueCodes.UnknownValue);

    [Fact]
    public void An_impossible_date_is_reported()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child(fields: "\"ete\": [{\"start\": \"2023-02-30\", \"provision\": \"College\"}]")))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error IX-FIELD-003 at children[0].ete[0].start: '2023-02-30' is not a valid date for 'start': dates are written yyyy-MM-dd, for example 2024-03-31.");

    [Fact]
    public void A_date_in_another_format_is_reported()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child().Replace("2008-05-01", "01/05/2008", System.StringComparison.Ordinal)))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error IX-FIELD-003 at children[0].dateOfBirth: '01/05/2008' is not a valid date for 'dateOfBirth': dates are written yyyy-MM-dd, for example 2024-03-31.");

    [Fact]
    public void A_date_with_a_time_is_reported()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child().Replace("2008-05-01", "2008-05-01T00:00:00", System.StringComparison.Ordinal)))
            .Issues.Should().ContainSingle().Which.Code.Should().Be(IssueCodes.BadDate);

    [Fact]
    public void A_child_whose_date_of_birth_is_unusable_is_rejected_whole()
    {
        var child = Inputs.Child(fields: "\"careStatus\": [{\"status\": \"ChildInNeed\"}]").Replace("2008-05-01", "2008-13-01", System.StringComparison.Ordinal);

        var result = Inputs.ReadJson(Inputs.Document(child));

        result.Value.Children.Should().BeEmpty();
        result.Summary.For(InputItemKind.CareStatus).RejectedByCode.Should().Equal(new System.Collections.Generic.Dictionary<string, int> { ["IX-ITEM-001"] = 1 });
    }

    [Fact]
    public void A_missing_required_field_is_reported()
        => Inputs.ReadJson(Inputs.Document("{\"id\": \"C1\", \"ethnicity\": \"WhiteBritish\"}"))
            .Issues.Should().ContainSingle().Which.Message.Should().Be("error IX-FIELD-001 at children[0].sex: The required field 'sex' is missing.");

    [Fact]
    public void A_required_date_given_as_the_sentinel_is_missing()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child(fields: "\"interventions\": [{\"id\": \"I1\", \"disposal\": \"ReferralOrder\", \"start\": \"1900-01-01\", \"offenceIds\": []}]")))
            .Errors.Should().ContainSingle().Which.Message.Should().Be(
                "error IX-FIELD-001 at children[0].interventions[0].start: The required field 'start' has no date: 1900-01-01 means 'no date'.");

    [Fact]
    public void Negative_hours_reject_the_ete_record_and_keep_the_child()
    {
        var result = Inputs.ReadJson(Inputs.Document(Inputs.Child(fields: "\"ete\": [{\"provision\": \"College\", \"hoursOffered\": -3}, {\"provision\": \"College\", \"hoursOffered\": 3}]")));

        result.Issues.Should().ContainSingle().Which.Message.Should().Be("error IX-FIELD-004 at children[0].ete[0].hoursOffered: 'hoursOffered' cannot be negative; was -3.");
        result.Value.Children.Single().Ete.Single().HoursOffered.Should().Be(3m);
        result.Summary.For(InputItemKind.Ete).Should().Be(new ItemCount(InputItemKind.Ete, 2, 1, new System.Collections.Generic.Dictionary<string, int> { ["IX-FIELD-004"] = 1 }));
    }

    [Fact]
    public void Hours_above_a_week_are_reported()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child(fields: "\"ete\": [{\"provision\": \"College\", \"hoursAttended\": 169}]")))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error IX-FIELD-004 at children[0].ete[0].hoursAttended: 'hoursAttended' must be at most 168 (the hours in a week); was 169.");

    [Fact]
    public void A_value_of_the_wrong_json_type_is_reported()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child(fields: "\"offences\": [{\"id\": \"O1\", \"offenceDate\": \"2023-01-01\", \"category\": \"Robbery\", \"seriousness\": \"5\", \"knifeRelated\": false}]")))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error IX-JSON-003 at children[0].offences[0].seriousness: 'seriousness' must be a whole number; found text \"5\".");

    [Fact]
    public void A_list_field_that_is_not_a_list_is_reported()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child(fields: "\"ete\": {\"provision\": \"College\"}")))
            .Issues.Should().ContainSingle().Which.Message.Should().Be("error IX-JSON-003 at children[0].ete: 'ete' must be a list; found an object.");

    [Fact]
    public void A_child_that_is_not_an_object_is_rejected()
    {
        var result = Inputs.ReadJson(Inputs.Document("\"C1\", " + Inputs.Child("C2")));

        result.Issues.Should().ContainSingle().Which.Message.Should().Be("error IX-JSON-003 at children[0]: 'children[0]' must be an object; found text \"C1\".");
        result.Value.Children.Single().Id.Value.Should().Be("C2");
    }

    [Fact]
    public void A_duplicate_child_id_rejects_the_later_child()
    {
        var result = Inputs.ReadJson(Inputs.Document(Inputs.Child("C1") + ", " + Inputs.Child("C1")));

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error DQ-003 at children[1].id: The child id 'C1' is used more than once; this child is rejected.");
        result.Value.Children.Should().ContainSingle();
    }

    [Fact]
    public void A_duplicate_offence_id_rejects_the_later_offence_and_its_outcomes()
    {
        const string offence = "{\"id\": \"O1\", \"offenceDate\": \"2023-01-01\", \"category\": \"Robbery\", \"seriousness\": 5, \"knifeRelated\": false, \"outcomes\": [{\"date\": \"2023-02-01\", \"outcome\": \"YouthCaution\"}]}";
        var result = Inputs.ReadJson(Inputs.Document(Inputs.Child(fields: "\"offences\": [" + offence + ", " + offence + "]")));

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error DQ-003 at children[0].offences[1].id: The offence id 'O1' is used more than once for this child; this offence is rejected.");
        result.Summary.For(InputItemKind.Outcome).RejectedByCode.Should().Equal(new System.Collections.Generic.Dictionary<string, int> { ["IX-ITEM-001"] = 1 });
    }

    [Fact]
    public void A_blank_id_is_reported()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child(" ")))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error IX-FIELD-005 at children[0].id: ' ' is not a valid 'id': it is blank. (an identifier is 1-64 characters, not blank, with no leading or trailing white space).");

    [Fact]
    public void An_unknown_field_is_a_warning_and_is_ignored()
    {
        var result = Inputs.ReadJson(Inputs.Document(Inputs.Child(fields: "\"nickname\": \"Bob\"")));

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "warning IX-JSON-004 at children[0].nickname: 'nickname' is not a field of this record; it was ignored.");
        result.Value.Children.Should().ContainSingle();
    }

    [Fact]
    public void A_field_given_twice_is_reported()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child(fields: "\"sex\": \"Female\"")))
            .Issues.Should().ContainSingle().Which.Message.Should().Be("error IX-JSON-005 at children[0].sex: The field 'sex' appears more than once.");

    [Fact]
    public void An_unknown_field_given_twice_is_ignored_once_and_reported_as_given_twice()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child(fields: "\"nickname\": \"Bob\", \"nickname\": \"Rob\"")))
            .Issues.Select(i => i.Message).Should().Equal(
                "warning IX-JSON-004 at children[0].nickname: 'nickname' is not a field of this record; it was ignored.",
                "error IX-JSON-005 at children[0].nickname: The field 'nickname' appears more than once.");

    [Fact]
    public void A_file_that_does_not_exist_is_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), "yj-missing-" + System.Guid.NewGuid().ToString("N") + ".json");

        var result = CaseLevelJsonReader.ReadFile(path);

        result.Issues.Should().ContainSingle().Which.Message.Should().Be($"error IX-IO-001 at {Path.GetFileName(path)}: The file '{path}' does not exist.");
        result.Value.Children.Should().BeEmpty();
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Inputs.SampleJson)).ToArray();

        var result = Inputs.ReadJson(bytes);

        result.Issues.Should().BeEmpty();
        result.Value.Children.Should().HaveCount(3);
    }

    [Fact]
    public void A_child_larger_than_the_item_limit_is_skipped_and_reported()
    {
        var big = Inputs.Child("C2", "\"careStatus\": [" + string.Join(", ", Enumerable.Repeat("{\"status\": \"ChildInNeed\"}", 200)) + "]");
        var text = Inputs.Document(Inputs.Child("C1") + ", " + big + ", " + Inputs.Child("C3"));

        var result = CaseLevelJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxItemBytes: 2048);

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-JSON-006 at children[1]: 'children[1]' is larger than the limit of 2048 bytes for one item; it was skipped.");
        result.Value.Children.Select(c => c.Id.Value).Should().Equal("C1", "C3");
        result.Summary.For(InputItemKind.Child).Seen.Should().Be(3);
    }

    [Fact]
    public void A_population_year_out_of_range_is_reported()
        => Inputs.ReadJson("{\"schema\": \"youthjustice-caselevel/1\", \"service\": {\"code\": \"Y\", \"name\": \"T\"}, \"populations\": [{\"year\": 23, \"aged10To17\": 100}]}")
            .Issues.Should().ContainSingle().Which.Message.Should().Be("error IX-FIELD-004 at populations[0].year: 'year' must be between 1900 and 9999; was 23.");

    [Fact]
    public void A_badly_written_quarter_is_reported()
        => Inputs.ReadJson("{\"schema\": \"youthjustice-caselevel/1\", \"service\": {\"code\": \"Y\", \"name\": \"T\"}, \"boardAttendance\": [{\"quarter\": \"2024q1\", \"sector\": \"Police\", \"senior\": true, \"delegate\": false, \"newPartner\": false}]}")
            .Issues.Should().ContainSingle().Which.Message.Should().StartWith("error IX-FIELD-006 at boardAttendance[0].quarter: '2024q1' is not a reporting quarter: ");

    [Fact]
    public void An_intervention_only_disposal_as_a_legal_outcome_is_reported()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child(fields: "\"offences\": [{\"id\": \"O1\", \"offenceDate\": \"2023-01-01\", \"category\": \"Robbery\", \"seriousness\": 5, \"knifeRelated\": false, \"outcomes\": [{\"date\": \"2023-02-01\", \"outcome\": \"DetentionAndTrainingOrderCustody\"}]}]")))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error IX-FIELD-002 at children[0].offences[0].outcomes[0].outcome: 'DetentionAndTrainingOrderCustody' is an intervention programme, not a legal outcome; the legal outcome is DetentionAndTrainingOrder.");
}

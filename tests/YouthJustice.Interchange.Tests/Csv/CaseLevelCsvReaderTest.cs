using NodaTime;
using YouthJustice.Domain.Disposals;

namespace YouthJustice.Interchange.Tests.Csv;

public partial class CaseLevelCsvReaderTest
{
    private const string Children = "child_id,date_of_birth,sex,ethnicity\nC1,2008-05-01,Male,WhiteBritish\nC2,2009-01-31,Female,Indian\n";

    [Fact]
    public void The_sample_written_as_csv_reads_back_equal()
    {
        var data = Inputs.ReadJson(Inputs.SampleJson).Value;
        using var folder = new Inputs.TempFolder();

        CaseLevelCsvWriter.WriteFolder(data, folder.Path);
        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(data);
    }

    [Fact]
    public void The_writer_writes_every_file_with_its_header()
    {
        var data = Inputs.ReadJson(Inputs.SampleJson).Value;
        using var folder = new Inputs.TempFolder();

        CaseLevelCsvWriter.WriteFolder(data, folder.Path);

        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Should().BeEquivalentTo(
            "service.csv", "children.csv", "offences.csv", "outcomes.csv", "interventions.csv", "accommodation.csv", "ete.csv", "send_aln.csv",
            "mental_health.csv", "substance_misuse.csv", "care_status.csv", "victims.csv", "board_attendance.csv", "populations.csv",
            "hearings.csv");
        File.ReadAllLines(folder.File("hearings.csv")).Should().Equal("child_id,hearing_id,date,remand_decision,offence_ids");
        File.ReadAllLines(folder.File("interventions.csv")).Should().Equal(
            "child_id,intervention_id,disposal,start,end,offence_ids,completed_successfully",
            "C001,I1,ReferralOrder,2023-04-20,2023-10-19,O1,true",
            "C002,I1,YouthRehabilitationOrder,2023-08-01,,O1;O2,",
            "C003,I9,Outcome22,2024-02-01,2024-04-30,O7,false");
        File.ReadAllLines(folder.File("send_aln.csv"))[0].Should().Be("child_id,start,end,identified,formal_plan");
        File.ReadAllLines(folder.File("populations.csv"))[0].Should().Be("year,aged_10_to_17");
        File.ReadAllLines(folder.File("outcomes.csv"))[0].Should().Be("child_id,offence_id,date,outcome,first_hearing_date,appeal_status,resident_in_area");
    }

    [Fact]
    public void A_table_set_of_children_only_is_read()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().BeEmpty();
        result.Value.Children.Select(c => c.Id.Value).Should().Equal("C1", "C2");
        result.Value.Code.Value.Should().Be(Path.GetFileName(folder.Path));
    }

    [Fact]
    public void Rows_of_other_files_join_their_child_and_offence()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("offences.csv", "child_id,offence_id,offence_date,arrest_date,category,seriousness,knife_related\nC2,O1,2023-01-02,,Robbery,5,false\nC1,O1,2023-03-04,2023-03-05,DRUGS,3,true\n");
        folder.Write("outcomes.csv", "child_id,offence_id,date,outcome,first_hearing_date,appeal_status,resident_in_area\nC1,O1,2023-05-01,YouthCaution,,,\nC2,O1,2023-02-01,ReferralOrder,2023-02-01,AppealPending,true\n");
        folder.Write("interventions.csv", "child_id,intervention_id,disposal,start,end,offence_ids,completed_successfully\nC1,I1,YouthCaution,2023-05-01,2023-08-01,O1,\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().BeEmpty();
        var c1 = result.Value.Children[0];
        c1.Offences.Single().Outcomes.Single().Outcome.Should().Be(Disposal.YouthCaution);
        c1.Offences.Single().ArrestDate.Should().Be(new LocalDate(2023, 3, 5));
        c1.Interventions.Single().OffenceIds.Single().Value.Should().Be("O1");
        result.Value.Children[1].Offences.Single().Outcomes.Single().Outcome.Should().Be(Disposal.ReferralOrder);
    }

    [Fact]
    public void A_records_own_id_may_be_headed_id_as_the_snake_case_of_the_json_name()
    {
        // Decision IX3: <kind>_id is written; "id" (interchange.md: "column names in snake_case of the JSON names") is read too.
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", "id,date_of_birth,sex,ethnicity\nC1,2008-05-01,Male,WhiteBritish\n");
        folder.Write("offences.csv", "child_id,id,offence_date,arrest_date,category,seriousness,knife_related\nC1,O1,2023-03-04,,Drugs,3,false\n");
        folder.Write("interventions.csv", "child_id,id,disposal,start,end,offence_ids,completed_successfully\nC1,I1,YouthCaution,2023-05-01,2023-08-01,O1,\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().BeEmpty();
        var child = result.Value.Children.Single();
        child.Id.Value.Should().Be("C1");
        child.Offences.Single().Id.Value.Should().Be("O1");
        child.Interventions.Single().Id.Value.Should().Be("I1");
        child.Interventions.Single().OffenceIds.Single().Value.Should().Be("O1");
    }

    [Fact]
    public void An_own_id_headed_both_id_and_kind_id_refuses_the_file_and_says_why()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("interventions.csv", "child_id,intervention_id,id,disposal,start\nC1,I1,I1,YouthCaution,2023-05-01\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error IX-CSV-007 at interventions.csv, line 1, column id: The columns 'id' and 'intervention_id' both give the record's own id; keep one of them, so no line of interventions.csv is read; the header of interventions.csv is: child_id,intervention_id,disposal,start,end,offence_ids,completed_successfully,release_date");
        result.Summary.For(InputItemKind.Intervention).Should().Be(new ItemCount(InputItemKind.Intervention, 1, 0, new Dictionary<string, int> { ["IX-CSV-007"] = 1 }));
    }

    [Fact]
    public void Optional_columns_may_be_left_out()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", "child_id,sex,ethnicity\nC1,Male,WhiteBritish\n");
        folder.Write("ete.csv", "child_id,provision\nC1,College\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().BeEmpty();
        result.Value.Children.Single().DateOfBirth.Should().BeNull();
        result.Value.Children.Single().Ete.Single().HoursOffered.Should().BeNull();
    }

    [Fact]
    public void Quoted_fields_and_blank_lines_are_read()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", "child_id,date_of_birth,sex,ethnicity\n\"C,1\",2008-05-01,Male,WhiteBritish\n\nC2,2008-05-01,Male,WhiteBritish\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Should().BeEmpty();
        result.Value.Children.Select(c => c.Id.Value).Should().Equal("C,1", "C2");
    }

    [Fact]
    public void Csv_booleans_may_be_in_any_case()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("send_aln.csv", "child_id,identified,formal_plan\nC1,TRUE,False\n");

        var record = CaseLevelCsvReader.ReadFolder(folder.Path).Value.Children[0].SendAln.Single();

        record.Identified.Should().BeTrue();
        record.FormalPlan.Should().BeFalse();
    }

    [Fact]
    public void A_service_file_names_the_service()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("service.csv", "code,name\nYJS07,\"Seven, Youth Justice\"\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Value.Code.Value.Should().Be("YJS07");
        result.Value.Name.Should().Be("Seven, Youth Justice");
    }

    [Fact]
    public void A_missing_optional_file_means_no_records_of_that_kind()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Value.Children.Should().OnlyContain(c => c.Offences.Count == 0 && c.Ete.Count == 0);
        result.Summary.For(InputItemKind.Offence).Seen.Should().Be(0);
    }

    [Fact]
    public void Counts_add_up_per_file()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", Children);
        folder.Write("care_status.csv", "child_id,status,start,end\nC1,ChildInNeed,,\nC1,Nope,,\nC9,LookedAfter,,\n");

        var count = CaseLevelCsvReader.ReadFolder(folder.Path).Summary.For(InputItemKind.CareStatus);

        count.Should().Be(new ItemCount(InputItemKind.CareStatus, 3, 1, new Dictionary<string, int> { ["IX-CSV-005"] = 1, ["IX-FIELD-002"] = 1 }));
    }
}

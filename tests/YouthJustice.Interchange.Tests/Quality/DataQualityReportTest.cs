using YouthJustice.Interchange.Quality;

namespace YouthJustice.Interchange.Tests.Quality;

public class DataQualityReportTest
{
    private const string Offence = "{\"id\": \"O1\", \"offenceDate\": \"2023-03-01\", \"category\": \"Robbery\", \"seriousness\": 5, \"knifeRelated\": false}";

    [Fact]
    public void End_before_start_rejects_the_record_with_DQ_001()
    {
        var result = Read(Inputs.Child(fields: "\"careStatus\": [{\"status\": \"LookedAfter\", \"start\": \"2023-05-02\", \"end\": \"2023-05-01\"}]"));

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error DQ-001 at children[0].careStatus[0].end: The end date 2023-05-01 is before the start date 2023-05-02.");
        result.Value.Children.Single().CareStatus.Should().BeEmpty();
    }

    [Fact]
    public void An_end_on_the_start_day_is_fine()
        => Read(Inputs.Child(fields: "\"careStatus\": [{\"status\": \"LookedAfter\", \"start\": \"2023-05-02\", \"end\": \"2023-05-02\"}]")).Issues.Should().BeEmpty();

    [Fact]
    public void Attendance_ending_before_it_started_is_DQ_001()
        => Read(Inputs.Child(fields: "\"mentalHealth\": [{\"attendedStart\": \"2023-05-02\", \"attendedEnd\": \"2023-04-01\"}]"))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error DQ-001 at children[0].mentalHealth[0].attendedEnd: The attendedEnd date 2023-04-01 is before the attendedStart date 2023-05-02.");

    [Fact]
    public void An_intervention_linked_to_an_offence_the_child_does_not_have_is_DQ_002()
    {
        var result = Read(Inputs.Child(fields: "\"offences\": [" + Offence + "], \"interventions\": [{\"id\": \"I1\", \"disposal\": \"YouthCaution\", \"start\": \"2023-04-01\", \"offenceIds\": [\"O1\", \"O2\"]}]"));

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "warning DQ-002 at children[0].interventions[0].offenceIds: The intervention 'I1' lists the offence 'O2', which is not one of the child's offences.");
        result.Value.Children.Single().Interventions.Should().ContainSingle();
    }

    [Fact]
    public void A_victim_linked_to_an_offence_the_child_does_not_have_is_DQ_002()
        => Read(Inputs.Child(fields: "\"victims\": [{\"id\": \"V1\", \"offenceIds\": [\"O9\"]}]"))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "warning DQ-002 at children[0].victims[0].offenceIds: The victim 'V1' is linked to the offence 'O9', which is not one of the child's offences.");

    [Fact]
    public void A_duplicate_intervention_id_is_DQ_003()
        => Read(Inputs.Child(fields: "\"offences\": [" + Offence + "], \"interventions\": [" + Intervention("I1") + ", " + Intervention("I1") + "]"))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error DQ-003 at children[0].interventions[1].id: The intervention id 'I1' is used more than once for this child; this intervention is rejected.");

    [Theory]
    [InlineData("V1", "V2", "V2")]
    [InlineData("V1", "V2", "V1")]
    public void A_third_victim_repeating_either_earlier_one_is_the_DQ_003_warning(string first, string second, string third)
    {
        var result = Read(Inputs.Child(fields: $"\"victims\": [{{\"id\": \"{first}\"}}, {{\"id\": \"{second}\"}}, {{\"id\": \"{third}\"}}]"));

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            $"warning DQ-003 at children[0].victims[2].id: The victim id '{third}' is given more than once for this child; both are kept and KPI 10 combines their answers.");
    }

    [Fact]
    public void A_victim_given_twice_for_one_child_is_a_DQ_003_warning_and_both_are_kept()
    {
        var result = Read(Inputs.Child(fields: "\"victims\": [{\"id\": \"V1\"}, {\"id\": \"V1\"}]"));

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "warning DQ-003 at children[0].victims[1].id: The victim id 'V1' is given more than once for this child; both are kept and KPI 10 combines their answers.");
        result.Value.Children.Single().Victims.Should().HaveCount(2);
    }

    [Fact]
    public void A_second_population_estimate_for_a_year_is_DQ_003()
        => Inputs.ReadJson("{\"schema\": \"youthjustice-caselevel/1\", \"service\": {\"code\": \"Y\", \"name\": \"T\"}, \"populations\": [{\"year\": 2023, \"aged10To17\": 1}, {\"year\": 2023, \"aged10To17\": 2}]}")
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error DQ-003 at populations[1].year: There is already a population estimate for 2023; this one is rejected.");

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Seriousness_outside_1_to_8_is_DQ_004(int score)
        => Read(Inputs.Child(fields: "\"offences\": [" + Offence.Replace("\"seriousness\": 5", $"\"seriousness\": {score}", System.StringComparison.Ordinal) + "]"))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                $"error DQ-004 at children[0].offences[0].seriousness: 'seriousness' must be 1 to 8 (the YJB seriousness score); was {score}.");

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public void Seriousness_1_and_8_are_accepted(int score)
        => Read(Inputs.Child(fields: "\"offences\": [" + Offence.Replace("\"seriousness\": 5", $"\"seriousness\": {score}", System.StringComparison.Ordinal) + "]"))
            .Issues.Should().BeEmpty();

    [Theory]
    [InlineData("2013-04-02", "9")]
    [InlineData("2005-04-01", "18")]
    [InlineData("2023-04-02", "not yet born")]
    public void A_child_outside_10_to_17_at_every_order_is_DQ_005(string dateOfBirth, string age)
    {
        var child = Inputs.Child(fields: "\"offences\": [" + Offence + "], \"interventions\": [" + Intervention("I1") + "]").Replace("2008-05-01", dateOfBirth, System.StringComparison.Ordinal);

        Read(child).Issues.Should().ContainSingle().Which.Message.Should().Be(
            $"warning DQ-005 at children[0].dateOfBirth: Born {dateOfBirth}, the child was aged {age} at the start of their interventions: outside 10-17 at every one, so no order can count in a KPI cohort.");
    }

    [Theory]
    [InlineData("2013-04-01")]
    [InlineData("2005-04-02")]
    public void A_child_aged_10_or_17_on_the_start_day_is_fine(string dateOfBirth)
        => Read(Inputs.Child(fields: "\"offences\": [" + Offence + "], \"interventions\": [" + Intervention("I1") + "]").Replace("2008-05-01", dateOfBirth, System.StringComparison.Ordinal))
            .Issues.Should().BeEmpty();

    [Fact]
    public void One_order_in_range_is_enough_to_avoid_DQ_005()
        => Read(Inputs.Child(fields: "\"offences\": [" + Offence + "], \"interventions\": [" + Intervention("I1") + ", " + Intervention("I2").Replace("2023-04-01", "2024-04-01", System.StringComparison.Ordinal) + "]").Replace("2008-05-01", "2013-05-01", System.StringComparison.Ordinal))
            .Issues.Should().BeEmpty();

    [Fact]
    public void An_intervention_with_no_offence_is_DQ_006()
        => Read(Inputs.Child(fields: "\"interventions\": [{\"id\": \"I1\", \"disposal\": \"YouthCaution\", \"start\": \"2023-04-01\"}]"))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "warning DQ-006 at children[0].interventions[0].offenceIds: The intervention 'I1' lists no offence; the KPI cohort will exclude it as NoLinkedOffence.");

    [Fact]
    public void An_outcome_before_its_offence_is_DQ_007_and_the_offence_is_kept()
    {
        var result = Read(Inputs.Child(fields: "\"offences\": [" + Offence.Replace("}", ", \"outcomes\": [{\"date\": \"2023-02-28\", \"outcome\": \"YouthCaution\"}, {\"date\": \"2023-03-01\", \"outcome\": \"YouthCaution\"}]}", System.StringComparison.Ordinal) + "]"));

        result.Issues.Should().ContainSingle().Which.Message.Should().Be(
            "error DQ-007 at children[0].offences[0].outcomes[0].date: The outcome date 2023-02-28 is before the offence date 2023-03-01.");
        result.Value.Children.Single().Offences.Single().Outcomes.Should().ContainSingle();
    }

    [Fact]
    public void More_hours_attended_than_offered_is_DQ_008()
        => Read(Inputs.Child(fields: "\"ete\": [{\"provision\": \"College\", \"hoursOffered\": 10, \"hoursAttended\": 10.5}]"))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "warning DQ-008 at children[0].ete[0].hoursAttended: 10.5 hours attended is more than the 10 hours offered.");

    [Fact]
    public void Hours_attended_equal_to_offered_are_fine()
        => Read(Inputs.Child(fields: "\"ete\": [{\"provision\": \"College\", \"hoursOffered\": 10, \"hoursAttended\": 10}]")).Issues.Should().BeEmpty();

    [Fact]
    public void An_arrest_before_the_offence_is_DQ_009()
        => Read(Inputs.Child(fields: "\"offences\": [" + Offence.Replace("\"category\"", "\"arrestDate\": \"2023-02-28\", \"category\"", System.StringComparison.Ordinal) + "]"))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error DQ-009 at children[0].offences[0].arrestDate: The arrest date 2023-02-28 is before the offence date 2023-03-01.");

    [Fact]
    public void A_first_hearing_after_the_outcome_is_DQ_010()
        => Read(Inputs.Child(fields: "\"offences\": [" + Offence.Replace("}", ", \"outcomes\": [{\"date\": \"2023-04-01\", \"outcome\": \"ReferralOrder\", \"firstHearingDate\": \"2023-04-02\"}]}", System.StringComparison.Ordinal) + "]"))
            .Issues.Should().ContainSingle().Which.Message.Should().Be(
                "error DQ-010 at children[0].offences[0].outcomes[0].firstHearingDate: The first hearing date 2023-04-02 is after the outcome date 2023-04-01.");

    [Fact]
    public void The_report_of_a_read_groups_findings_by_child_and_counts_them_by_rule()
    {
        var result = Inputs.ReadJson(Inputs.Document(
            Inputs.Child("C1", "\"interventions\": [{\"id\": \"I1\", \"disposal\": \"YouthCaution\", \"start\": \"2023-04-01\"}], \"ete\": [{\"provision\": \"College\", \"hoursOffered\": -1}]")
            + ", " + Inputs.Child("C2", "\"interventions\": [{\"id\": \"I1\", \"disposal\": \"YouthCaution\", \"start\": \"2023-04-01\"}]")));

        var report = DataQualityReport.From(result);

        report.Service.Should().Be("YJS01");
        report.ChildIds.Should().Equal("C1", "C2");
        report.ForChild("C1").Select(i => i.Code).Should().Equal("DQ-006");
        report.Count(DataQualityRule.InterventionWithoutOffence).Should().Be(2);
        report.Count(DataQualityRule.EndBeforeStart).Should().Be(0);
        report.Issues.Should().NotContain(i => i.Code == IssueCodes.OutOfRange);
        report.ToString().Should().Be("DQ-006 Intervention with no offence: 2");
    }

    [Fact]
    public void Data_held_in_memory_is_checked_with_json_paths()
    {
        var data = Read(Inputs.Child("C7", "\"interventions\": [{\"id\": \"I1\", \"disposal\": \"YouthCaution\", \"start\": \"2023-04-01\"}]")).Value;

        var report = DataQualityReport.Check(data);

        report.Issues.Should().ContainSingle().Which.Should().Be(new InputIssue(
            IssueSeverity.Warning,
            "DQ-006",
            InputLocation.Json("children[0].interventions[0].offenceIds"),
            null,
            "The intervention 'I1' lists no offence; the KPI cohort will exclude it as NoLinkedOffence.",
            "C7"));
    }

    [Fact]
    public void A_new_partner_flag_where_nobody_attended_is_DQ_011_and_one_with_attendance_is_not()
    {
        // kpi-rules §13.23: the flag counts only where someone attended; otherwise it is ignored and reported.
        var q = new YouthJustice.Domain.Time.ReportingQuarter(2024, 1);
        var data = new YouthJustice.Domain.Services.ServiceData(
            new YouthJustice.Domain.Services.ServiceCode("S1"),
            "Service",
            [],
            [
                new(q, YouthJustice.Domain.Services.BoardSector.Education, false, false, true),
                new(q, YouthJustice.Domain.Services.BoardSector.Police, true, false, true),
                new(q, YouthJustice.Domain.Services.BoardSector.Health, false, true, true),
                new(q, YouthJustice.Domain.Services.BoardSector.Probation, false, false, false),
            ],
            []);

        var report = DataQualityReport.Check(data);

        report.Issues.Should().ContainSingle().Which.Should().Be(new InputIssue(
            IssueSeverity.Warning,
            "DQ-011",
            InputLocation.Json("boardAttendance"),
            "2024Q1 Education",
            "The board entry for Education in 2024Q1 flags a new partner, but neither a senior partner nor a delegate attended; KPI 7 ignores the flag (kpi-rules §13.23).",
            null));
    }

    [Fact]
    public void Rule_ids_are_stable_and_unique()
    {
        DataQualityRule.List.OrderBy(r => r.Value).Select(r => r.Id).Should().Equal(
            "DQ-001", "DQ-002", "DQ-003", "DQ-004", "DQ-005", "DQ-006", "DQ-007", "DQ-008", "DQ-009", "DQ-010", "DQ-011", "DQ-012");
        DataQualityRule.FromId("DQ-006").Should().Be(DataQualityRule.InterventionWithoutOffence);
        DataQualityRule.FromId("IX-FIELD-001").Should().BeNull();
    }

    private static string Intervention(string id)
        => "{\"id\": \"" + id + "\", \"disposal\": \"YouthCaution\", \"start\": \"2023-04-01\", \"offenceIds\": [\"O1\"]}";

    private static ReadResult<Domain.Services.ServiceData> Read(string child) => Inputs.ReadJson(Inputs.Document(child));
}

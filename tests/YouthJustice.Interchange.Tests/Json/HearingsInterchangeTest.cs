using NodaTime;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;

namespace YouthJustice.Interchange.Tests.Json;

/// <summary>
/// The contract's additions of 0.1.0 (decisions K7-4, K7-5): a child's <c>hearings</c> (and <c>hearings.csv</c>) and an
/// intervention's <c>releaseDate</c> (<c>release_date</c>): read, checked, counted and written back, and left out by the
/// writers when there is nothing to write.
/// </summary>
public class HearingsInterchangeTest
{
    private const string Offence = "\"offences\": [ { \"id\": \"O1\", \"offenceDate\": \"2022-11-01\", \"category\": \"Robbery\", \"seriousness\": 5, \"knifeRelated\": false, \"outcomes\": [ { \"date\": \"2023-01-10\", \"outcome\": \"Section250Detention\", \"firstHearingDate\": \"2022-12-01\" } ] } ]";

    private static string Interventions(string release)
        => "\"interventions\": [ { \"id\": \"I1\", \"disposal\": \"Section250Detention\", \"start\": \"2023-01-10\", \"end\": \"2023-11-30\", \"offenceIds\": [\"O1\"]" + release + " } ]";

    private static string Hearings(params string[] hearings) => "\"hearings\": [ " + string.Join(", ", hearings) + " ]";

    private static string Hearing(string id, string date, string? remand, string offences = "\"O1\"")
        => "{ \"id\": \"" + id + "\", \"date\": \"" + date + "\"" + (remand is null ? string.Empty : ", \"remandDecision\": " + remand) + ", \"offenceIds\": [" + offences + "] }";

    private static ReadResult<ServiceData> Read(string fields) => Inputs.ReadJson(Inputs.Document(Inputs.Child("C1", fields)));

    [Fact]
    public void Hearings_and_a_release_date_are_read_with_codes_or_names_and_no_decision_is_unknown()
    {
        var result = Read(string.Join(", ", Offence, Interventions(", \"releaseDate\": \"2023-08-15\""),
            Hearings(Hearing("H1", "2022-12-01", "\"REMAND_IN_CUSTODY\""), Hearing("H2", "2022-12-20", "\"NoRemand\""), Hearing("H3", "2023-01-05", null))));

        result.Issues.Should().BeEmpty();
        var child = result.Value.Children.Single();
        child.Hearings.Select(h => (h.Id.Value, h.Date, h.RemandDecision, string.Join("+", h.OffenceIds))).Should().Equal(
            ("H1", new LocalDate(2022, 12, 1), RemandDecision.RemandInCustody, "O1"),
            ("H2", new LocalDate(2022, 12, 20), RemandDecision.NoRemand, "O1"),
            ("H3", new LocalDate(2023, 1, 5), RemandDecision.Unknown, "O1"));
        child.Interventions.Single().ReleaseDate.Should().Be(new LocalDate(2023, 8, 15));
        child.Interventions.Single().EffectiveReleaseDate.Should().Be(new LocalDate(2023, 8, 15));
        result.Summary.For(InputItemKind.Hearing).Should().Be(new ItemCount(InputItemKind.Hearing, 3, 3, new Dictionary<string, int>()));
    }

    [Fact]
    public void A_bad_hearing_is_rejected_alone_with_its_path_and_every_item_is_counted()
    {
        var result = Read(string.Join(", ", Offence, Interventions(string.Empty),
            Hearings(Hearing("H1", "2022-12-01", "\"REMANDED\""), Hearing("H2", "2022-12-01", "\"RemandInCustody\""), Hearing("H2", "2022-12-02", "\"RemandInCustody\""), Hearing("H3", "not a date", null))));

        result.Value.Children.Single().Hearings.Select(h => h.Id.Value).Should().Equal("H2");
        result.Summary.For(InputItemKind.Hearing).Should().Be(new ItemCount(InputItemKind.Hearing, 4, 1, new Dictionary<string, int> { ["IX-FIELD-002"] = 1, ["DQ-003"] = 1, ["IX-FIELD-003"] = 1 }));
        result.Errors.Select(e => (e.Code, e.Location.Path)).Should().Equal(
            ("IX-FIELD-002", "children[0].hearings[0].remandDecision"),
            ("DQ-003", "children[0].hearings[2].id"),
            ("IX-FIELD-003", "children[0].hearings[3].date"));
        result.Errors.First().Reason.Should().Contain("REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_CURFEW");
    }

    [Fact]
    public void A_hearing_linked_to_an_offence_the_child_does_not_have_is_kept_with_a_warning()
    {
        var result = Read(string.Join(", ", Offence, Hearings(Hearing("H1", "2022-12-01", "\"RemandInCustody\"", "\"O1\", \"O9\""))));

        result.Value.Children.Single().Hearings.Single().OffenceIds.Select(o => o.Value).Should().Equal("O1", "O9");
        result.Warnings.Should().ContainSingle().Which.Message.Should().Be(
            "warning DQ-002 at children[0].hearings[0].offenceIds: The hearing 'H1' is linked to the offence 'O9', which is not one of the child's offences.");
    }

    [Theory]
    [InlineData("ReferralOrder", "2023-08-15", "is not custodial; its release date is kept and not used")]
    [InlineData("Section250Detention", "2023-12-01", "is after its end 2023-11-30")]
    public void A_release_date_the_release_rows_cannot_use_is_kept_with_dq_012(string disposal, string release, string reason)
    {
        var result = Read(string.Join(", ", Offence, Interventions(", \"releaseDate\": \"" + release + "\"").Replace("Section250Detention", disposal, StringComparison.Ordinal)));

        result.Value.Children.Single().Interventions.Single().ReleaseDate.Should().Be(LocalDate.FromDateTime(DateTime.Parse(release, System.Globalization.CultureInfo.InvariantCulture)));
        var warning = result.Warnings.Should().ContainSingle().Subject;
        (warning.Code, warning.Location.Path).Should().Be(("DQ-012", "children[0].interventions[0].releaseDate"));
        warning.Reason.Should().Contain(reason);
    }

    [Fact]
    public void A_release_date_before_the_start_rejects_the_intervention()
    {
        var result = Read(string.Join(", ", Offence, Interventions(", \"releaseDate\": \"2023-01-09\"")));

        result.Value.Children.Single().Interventions.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be("DQ-001");
    }

    [Fact]
    public void Json_and_csv_write_the_additions_back_and_read_them_as_the_same_data()
    {
        var data = Read(string.Join(", ", Offence, Interventions(", \"releaseDate\": \"2023-08-15\""),
            Hearings(Hearing("H1", "2022-12-01", "\"REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_GPS_TAG\""), Hearing("H2", "2022-12-20", null)))).Value;

        using var json = new MemoryStream();
        CaseLevelJsonWriter.Write(data, json);
        var text = Encoding.UTF8.GetString(json.ToArray());
        using var folder = new Inputs.TempFolder();
        CaseLevelCsvWriter.WriteFolder(data, folder.Path);

        text.Should().Contain("\"releaseDate\": \"2023-08-15\"").And.Contain("\"remandDecision\": \"RemandToLocalAuthorityAccommodationAndGpsTag\"");
        Inputs.ReadJson(json.ToArray()).Value.Should().Be(data);
        File.ReadAllLines(folder.File("hearings.csv")).Should().Equal(
            "child_id,hearing_id,date,remand_decision,offence_ids",
            "C1,H1,2022-12-01,RemandToLocalAuthorityAccommodationAndGpsTag,O1",
            "C1,H2,2022-12-20,Unknown,O1");
        File.ReadAllLines(folder.File("interventions.csv"))[0].Should().EndWith(",release_date");
        var back = CaseLevelCsvReader.ReadFolder(folder.Path);
        back.Issues.Should().BeEmpty();
        back.Value.Should().Be(data);
    }

    [Fact]
    public void Without_hearings_or_release_dates_the_writers_write_what_they_wrote_before()
    {
        var data = Read(string.Join(", ", Offence, Interventions(string.Empty))).Value;

        using var json = new MemoryStream();
        CaseLevelJsonWriter.Write(data, json);
        using var folder = new Inputs.TempFolder();
        CaseLevelCsvWriter.WriteFolder(data, folder.Path);

        Encoding.UTF8.GetString(json.ToArray()).Should().NotContain("hearings").And.NotContain("releaseDate");
        File.ReadAllLines(folder.File("interventions.csv"))[0].Should().Be("child_id,intervention_id,disposal,start,end,offence_ids,completed_successfully");
        File.ReadAllLines(folder.File("hearings.csv")).Should().Equal("child_id,hearing_id,date,remand_decision,offence_ids");
    }
}

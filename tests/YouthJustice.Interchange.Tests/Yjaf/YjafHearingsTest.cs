using NodaTime;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Interchange.Yjaf;

namespace YouthJustice.Interchange.Tests.Yjaf;

/// <summary>
/// Decision YJ-7 since 0.1.0: a YJAF <c>hearing</c> with a remand decision and a date is a hearing of the child, with
/// the offences of its <c>link_hearing_offence</c> items; the writer writes the child's hearings and an intervention's
/// release date back, so that the round trip gives the same data.
/// </summary>
public class YjafHearingsTest
{
    private const string Person = """{ "document_item_type": "person_details", "document_item": { "ypid": "C1", "dateOfBirth": "2008-05-01", "sex": 1, "ethnicity": "WhiteBritish" } }""";
    private const string Offence = """{ "document_item_type": "offence", "document_item": { "offenceID": "O1", "offenceDate": "2023-09-01", "yjbseriousnessScore": 3, "yjboffenceCategory": "ROBBERY", "knifeRelatedOffence": "No", "offenceLegalOutcome": [ { "outcomeDate": "2023-12-01", "legalOutcome": "REFERRAL_ORDER", "outcomeAppealStatus": null, "residenceOnLegalOutcomeDate": "LOCAL" } ] } }""";

    private static string Hearing(string id, string date, string remand) => $$"""{ "document_item_type": "hearing", "document_item": { "hearingID": "{{id}}", "hearingDate": {{date}}, "remandDecision": {{remand}} } }""";

    private static string Link(string hearing) => $$"""{ "document_item_type": "link_hearing_offence", "document_item": { "offenceID": "O1", "hearingID": "{{hearing}}" } }""";

    private static ReadResult<ServiceData> Read(params string[] items)
        => YjafReader.Read(new MemoryStream(Encoding.UTF8.GetBytes($$"""{ "documents": [ { "ypid": "C1", "yotoucode": "YJS01", "deleted": false, "items": [ {{Person}}, {{Offence}}, {{string.Join(", ", items)}} ] } ] }""")));

    [Fact]
    public void A_remand_text_that_is_no_code_is_kept_as_unknown_with_a_warning_and_a_hearing_without_a_date_only_counted()
    {
        var result = Read(Hearing("H1", "\"2023-10-02\"", "\"REMANDED_ON_CONDITIONS\""), Hearing("H2", "null", "\"REMAND_IN_CUSTODY\""), Link("H1"), Link("H2"));

        result.Errors.Should().BeEmpty();
        var hearing = result.Value.Children.Single().Hearings.Should().ContainSingle().Subject;
        (hearing.Id.Value, hearing.Date, hearing.RemandDecision).Should().Be(("H1", new LocalDate(2023, 10, 2), RemandDecision.Unknown));
        result.Warnings.Should().ContainSingle(w => w.Code == IssueCodes.UnknownValue).Which.Location.Path.Should().Be("documents[0].items[2].document_item.remandDecision");
        result.Warnings.Should().ContainSingle(w => w.Code == IssueCodes.YjafNotUsed).Which.Reason.Should()
            .Contain("1 hearing item(s) without a remand decision and a hearing date").And.Contain("(1 with a remand decision but no hearing date: the decision is not used)");
        var hearings = result.Summary.For(InputItemKind.Hearing);
        (hearings.Seen, hearings.Accepted).Should().Be((2, 2));
        result.Summary.Accepted.Should().Be(result.Summary.Seen);
    }

    [Fact]
    public void Hearings_and_release_dates_round_trip_through_both_yjaf_forms()
    {
        var ours = CaseLevelJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Inputs.Document(Inputs.Child("C1", """
            "offences": [ { "id": "O1", "offenceDate": "2022-11-01", "category": "Robbery", "seriousness": 5, "knifeRelated": false,
                            "outcomes": [ { "date": "2023-01-10", "outcome": "Section250Detention", "firstHearingDate": "2022-12-01" } ] } ],
            "interventions": [ { "id": "I1", "disposal": "Section250Detention", "start": "2023-01-10", "end": "2023-11-30", "offenceIds": ["O1"], "releaseDate": "2023-08-15" } ],
            "hearings": [ { "id": "H1", "date": "2022-12-01", "remandDecision": "RemandInCustody", "offenceIds": ["O1"] },
                          { "id": "H2", "date": "2022-12-20", "remandDecision": "NoRemand", "offenceIds": ["O1"] },
                          { "id": "H3", "date": "2023-01-05", "offenceIds": ["O1"] } ]
            """))))).Value;
        using var json = new MemoryStream();
        using var lines = new MemoryStream();

        YjafWriter.Write(ours, json);
        YjafWriter.WriteNdjson(ours, lines);
        json.Position = 0;
        lines.Position = 0;
        var written = Encoding.UTF8.GetString(json.ToArray());
        var back = YjafReader.Read(json);
        var backLines = YjafReader.ReadNdjson(lines);

        written.Should().Contain("\"remandDecision\": \"REMAND_IN_CUSTODY\"").And.Contain("\"remandDecision\": \"NoRemand\"").And.Contain("\"releaseDate\": \"2023-08-15\"");
        written.Should().Contain("\"hearingID\": \"H4\"", "the first hearing date's own hearing is numbered past the child's hearing ids");
        back.Errors.Should().BeEmpty();
        back.Value.Should().Be(ours);
        backLines.Errors.Should().BeEmpty();
        backLines.Value.Should().Be(ours);
    }
}

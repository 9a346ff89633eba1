namespace YouthJustice.Testing;

/// <summary>Small case-level documents (youthjustice-caselevel/1 JSON) written by hand, each with its figures worked by hand.</summary>
public static class CaseDocuments
{
    /// <summary>
    /// Quarter 2023Q3. C1: referral order 2023-05-01 to 2023-11-30, Suitable accommodation open at the end. C2: the same
    /// order, accommodation Unsuitable. C3: resident in another area (excluded). Board: police senior in 2023Q3.
    /// </summary>
    public const string ThreeChildren = """
        {
          "schema": "youthjustice-caselevel/1",
          "service": { "code": "T01", "name": "Test service" },
          "populations": [ { "year": 2022, "aged10To17": 20000 } ],
          "boardAttendance": [ { "quarter": "2023Q3", "sector": "Police", "senior": true, "delegate": false, "newPartner": false } ],
          "children": [
            { "id": "C1", "dateOfBirth": "2008-01-01", "sex": "Male", "ethnicity": "WhiteBritish",
              "offences": [ { "id": "O1", "offenceDate": "2023-04-01", "category": "TheftAndHandling", "seriousness": 2, "knifeRelated": false,
                              "outcomes": [ { "date": "2023-05-01", "outcome": "ReferralOrder", "firstHearingDate": "2023-05-01", "residentInArea": true } ] } ],
              "interventions": [ { "id": "I1", "disposal": "ReferralOrder", "start": "2023-05-01", "end": "2023-11-30", "offenceIds": ["O1"] } ],
              "accommodation": [ { "start": "2020-01-01", "end": null, "type": "LivingWithParents", "suitability": "Suitable", "primary": true } ] },
            { "id": "C2", "dateOfBirth": "2008-01-01", "sex": "Female", "ethnicity": "Indian",
              "offences": [ { "id": "O1", "offenceDate": "2023-04-01", "category": "TheftAndHandling", "seriousness": 2, "knifeRelated": false,
                              "outcomes": [ { "date": "2023-05-01", "outcome": "ReferralOrder", "firstHearingDate": "2023-05-01", "residentInArea": true } ] } ],
              "interventions": [ { "id": "I1", "disposal": "ReferralOrder", "start": "2023-05-01", "end": "2023-11-30", "offenceIds": ["O1"] } ],
              "accommodation": [ { "start": "2020-01-01", "end": null, "type": "LivingWithFriends", "suitability": "Unsuitable", "primary": true } ] },
            { "id": "C3", "dateOfBirth": "2008-01-01", "sex": "Male", "ethnicity": "WhiteBritish",
              "offences": [ { "id": "O1", "offenceDate": "2023-04-01", "category": "TheftAndHandling", "seriousness": 2, "knifeRelated": false,
                              "outcomes": [ { "date": "2023-05-01", "outcome": "ReferralOrder", "firstHearingDate": "2023-05-01", "residentInArea": false } ] } ],
              "interventions": [ { "id": "I1", "disposal": "ReferralOrder", "start": "2023-05-01", "end": "2023-11-30", "offenceIds": ["O1"] } ] }
          ]
        }
        """;

    /// <summary>
    /// Quarter 2024Q1. C1: DTO sentence 2024-02-01 at 17, licence 2024-05-15 to 2024-06-30 at 18: excluded for age under
    /// the 2023 definitions, in the cohort under 2024 (kpi-rules §13.4).
    /// </summary>
    public const string DtoLicence = """
        {
          "schema": "youthjustice-caselevel/1",
          "service": { "code": "T02", "name": "DTO licence" },
          "children": [
            { "id": "C1", "dateOfBirth": "2006-05-10", "sex": "Male", "ethnicity": "WhiteBritish",
              "offences": [ { "id": "O1", "offenceDate": "2023-12-01", "category": "Robbery", "seriousness": 6, "knifeRelated": false,
                              "outcomes": [ { "date": "2024-02-01", "outcome": "DetentionAndTrainingOrder", "firstHearingDate": "2024-02-01" } ] } ],
              "interventions": [ { "id": "I1", "disposal": "DetentionAndTrainingOrderLicence", "start": "2024-05-15", "end": "2024-06-30", "offenceIds": ["O1"] } ] }
          ]
        }
        """;

    /// <summary>
    /// C1 is well formed; C2 has the sex 'M' (not an accepted value: the child is rejected, IX-FIELD-002); C3's intervention
    /// lists an offence it does not have (a DQ-002 warning).
    /// </summary>
    public const string WithIssues = """
        {
          "schema": "youthjustice-caselevel/1",
          "service": { "code": "T03", "name": "With issues" },
          "children": [
            { "id": "C1", "dateOfBirth": "2008-01-01", "sex": "Male", "ethnicity": "WhiteBritish" },
            { "id": "C2", "dateOfBirth": "2008-01-01", "sex": "M", "ethnicity": "WhiteBritish" },
            { "id": "C3", "dateOfBirth": "2008-01-01", "sex": "Female", "ethnicity": "WhiteBritish",
              "interventions": [ { "id": "I1", "disposal": "ReferralOrder", "start": "2023-05-01", "end": "2023-11-30", "offenceIds": ["O9"] } ] }
          ]
        }
        """;

    /// <summary>Only warnings: C1's intervention links an offence it does not have (DQ-002) and so none (DQ-006 is not raised: the list is not empty).</summary>
    public const string WarningsOnly = """
        {
          "schema": "youthjustice-caselevel/1",
          "service": { "code": "T04", "name": "Warnings only" },
          "children": [
            { "id": "C1", "dateOfBirth": "2008-01-01", "sex": "Female", "ethnicity": "WhiteBritish",
              "interventions": [ { "id": "I1", "disposal": "ReferralOrder", "start": "2023-05-01", "end": "2023-11-30", "offenceIds": ["O9"] } ] }
          ]
        }
        """;

    public const string WrongSchema = """{ "schema": "youthjustice-caselevel/2", "service": { "code": "X", "name": "X" }, "children": [] }""";
}

namespace YouthJustice.Interchange.Tests.Csv;

/// <summary>
/// A child keeps only the file and line of its accepted rows, not the rows (issue 10); a warning found when the child
/// is built must still name the right line of the right file, for rows of several children interleaved in any order.
/// </summary>
public class RowSiteTest
{
    [Fact]
    public void A_warning_found_when_a_child_is_built_names_the_line_of_its_row_among_interleaved_children()
    {
        using var folder = new Inputs.TempFolder();
        folder.Write("children.csv", "child_id,sex,ethnicity\nC1,Male,WhiteBritish\nC2,Female,Indian\n");
        folder.Write(
            "ete.csv",
            "child_id,start,end,provision,suitability,hours_offered,hours_attended\n"
            + "C2,2023-01-01,,College,Suitable,10,9\n"
            + "C1,2023-01-01,,College,Suitable,10,9\n"
            + "C2,2023-02-01,,College,Suitable,-1,\n"
            + "C1,2023-02-01,,College,Suitable,10,12\n"
            + "C2,2023-03-01,,College,Suitable,10,11\n");
        folder.Write(
            "interventions.csv",
            "child_id,intervention_id,disposal,start,end,offence_ids,completed_successfully\n"
            + "C1,I1,YouthCaution,2023-05-01,,,\n"
            + "C2,I1,YouthCaution,2023-05-01,,,\n"
            + "C1,I1,YouthCaution,2023-05-01,,,\n");

        var result = CaseLevelCsvReader.ReadFolder(folder.Path);

        result.Issues.Select(i => (i.Code, i.Location.ToString(), i.ChildId)).Should().Equal(
            ("DQ-003", "interventions.csv, line 4, column intervention_id", "C1"),
            ("IX-FIELD-004", "ete.csv, line 4, column hours_offered", "C2"),
            ("DQ-006", "interventions.csv, line 2, column offence_ids", "C1"),
            ("DQ-008", "ete.csv, line 5, column hours_attended", "C1"),
            ("DQ-006", "interventions.csv, line 3, column offence_ids", "C2"),
            ("DQ-008", "ete.csv, line 6, column hours_attended", "C2"));
    }
}

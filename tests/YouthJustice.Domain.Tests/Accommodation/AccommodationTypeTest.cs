using YouthJustice.Domain.Accommodation;

namespace YouthJustice.Domain.Tests.Accommodation;

public class AccommodationTypeTest
{
    [Fact]
    public void Holds_exactly_the_interchange_names()
        => AccommodationType.List.Select(t => t.Name).Should().BeEquivalentTo(
            "SecureTrainingCentre", "SecureChildrensHome", "YoungOffenderInstitution", "LivingWithParents", "LivingWithFamily",
            "LivingWithFriends", "FosterCareLocalAuthority", "FosterCarePrivate", "SupportedAccommodation", "SupportedLodgings",
            "TemporaryAccommodation", "BailHostel", "ResidentialUnitSecure", "ResidentialUnitPrivate", "ResidentialUnitLocalAuthority",
            "IndependentLiving", "BedAndBreakfast", "NoFixedAbode", "Hospital", "TravellerSite", "Other", "Unknown");

    [Fact]
    public void Every_name_and_every_yjb_code_round_trips()
    {
        foreach (var type in AccommodationType.List)
        {
            AccommodationType.Parse(type.Name).AsT0.Should().BeSameAs(type);
            foreach (var code in type.YjbCodes)
            {
                AccommodationType.Parse(code).AsT0.Should().BeSameAs(type);
            }
        }

        var error = AccommodationType.Parse("living_with_parents").AsT1;
        error.Field.Should().Be("type");
        error.AllowedValues.Should().Contain(["LivingWithParents", "LIVING_WITH_PARENT_S", "AT_HOME", "BAIL_HOSTEL"]);
        error.AllowedValues.Should().HaveCount(22 + 7);
    }

    [Theory]
    [InlineData("LIVING_WITH_PARENT_S", "LivingWithParents")]
    [InlineData("AT_HOME", "LivingWithParents")]
    [InlineData("TEMPORARY_ACCOMMODATION", "TemporaryAccommodation")]
    [InlineData("BAIL_HOSTEL", "BailHostel")]
    [InlineData("HOSPITAL", "Hospital")]
    [InlineData("TRAVELLER_SITE", "TravellerSite")]
    [InlineData("OTHER", "Other")]
    public void Yjb_codes_seen_in_the_pipeline_are_read(string code, string name)
        => AccommodationType.Parse(code).AsT0.Name.Should().Be(name);

    [Theory]
    [InlineData("SecureTrainingCentre", "SecureTrainingCentre", false)]
    [InlineData("SecureChildrensHome", "SecureChildrensHome", false)]
    [InlineData("YoungOffenderInstitution", "YoungOffenderInstitution", false)]
    [InlineData("LivingWithParents", "LivingWithParents", false)]
    [InlineData("LivingWithFamily", "LivingWithFamily", false)]
    [InlineData("LivingWithFriends", "LivingWithFriends", false)]
    [InlineData("FosterCareLocalAuthority", "FosterCare", false)]
    [InlineData("FosterCarePrivate", "FosterCare", false)]
    [InlineData("SupportedAccommodation", "SupportedAccommodation", false)]
    [InlineData("SupportedLodgings", "SupportedAccommodation", false)]
    [InlineData("TemporaryAccommodation", "TemporaryAccommodation", false)]
    [InlineData("BailHostel", "TemporaryAccommodation", false)]
    [InlineData("ResidentialUnitSecure", "ResidentialUnit", false)]
    [InlineData("ResidentialUnitPrivate", "ResidentialUnit", false)]
    [InlineData("ResidentialUnitLocalAuthority", "ResidentialUnit", false)]
    [InlineData("IndependentLiving", "IndependentLiving", false)]
    [InlineData("BedAndBreakfast", "BedAndBreakfast", true)]
    [InlineData("NoFixedAbode", "NoFixedAbode", true)]
    [InlineData("Hospital", "Other", false)]
    [InlineData("TravellerSite", "Other", false)]
    [InlineData("Other", "Other", false)]
    [InlineData("Unknown", "Unknown", true)]
    public void Each_type_has_its_kpi1_group_and_unsuitability(string name, string group, bool alwaysUnsuitable)
    {
        var type = AccommodationType.FromName(name);

        type.Group.Name.Should().Be(group);
        type.IsAlwaysUnsuitable.Should().Be(alwaysUnsuitable);
    }
}

using YouthJustice.Domain.Resettlement;

namespace YouthJustice.Domain.Tests.Resettlement;

public class ConstructiveResettlementCharacteristicTest
{
    [Fact]
    public void The_five_Cs_are_listed_in_order()
        => ConstructiveResettlementCharacteristic.All.Select(c => c.Name).Should().Equal(
            "Constructive", "CoCreated", "Customised", "Consistent", "CoOrdinated");

    [Fact]
    public void Each_characteristic_is_described()
        => ConstructiveResettlementCharacteristic.All.Should().OnlyContain(c => c.Description.Length > 20);
}

using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Localization;
using Partners.Domain.Offers;
using Partners.Domain.Reconversion;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Offers;

public sealed class OfferMessagesTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    [Fact]
    public void Every_offer_and_reconversion_message_key_has_a_French_and_an_English_text()
    {
        var messages = factory.Services.GetRequiredService<Messages>();
        var keys = typeof(OfferMessageKeys).GetFields().Concat(typeof(ReconversionMessageKeys).GetFields()).Select(f => (string)f.GetValue(null)!);

        Assert.All(keys, key => Assert.True(messages.Contains(key), key));
        Assert.All(keys, key => Assert.NotEqual(messages.Get(key, Language.French, "x", "y"), messages.Get(key, Language.English, "x", "y")));
    }
}

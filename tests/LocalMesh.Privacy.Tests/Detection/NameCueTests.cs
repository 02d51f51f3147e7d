using LocalMesh.Privacy.Detection;

namespace LocalMesh.Privacy.Tests.Detection;

/// <summary>Names after words that introduce one and chat speakers, in any case and on no list; everyday words after the same cues are left alone.</summary>
public sealed class NameCueTests
{
    private static string[] Names(string text) => [.. new NameCueDetector().Detect(text).Select(m => m.Value)];

    [Theory]
    [InlineData("hi my name is wafula saxena and i cant log in", "wafula saxena")]
    [InlineData("me llamo radek le y vivo en cardiff", "radek le")]
    [InlineData("Dear Ragnhild,\n\nthank you", "Ragnhild")]
    [InlineData("hey ulrike can you cover my shift", "ulrike")]
    [InlineData("Sehr geehrte Frau Ricci,\n\nanbei", "Ricci")]
    [InlineData("Bonjour Mme Dubois,", "Dubois")]
    [InlineData("From: Palesa Wojcik <palesa@example.org>", "Palesa Wojcik")]
    [InlineData("i'm chiamaka, siddharth's sister", "chiamaka")]
    [InlineData("pls forward this to wiremu meijer asap", "wiremu meijer")]
    [InlineData("[12/03/2026, 09:14] Priya: running late", "Priya")]
    [InlineData("04/02/2026 21:04 - Facundo: can u send me", "Facundo")]
    [InlineData("Good morning Wojciech Marino,\nYour appointment", "Wojciech Marino")]
    [InlineData("yes, that's us, ask for Esme. Gate code 4825", "Esme")]
    [InlineData("Reference for Shelby Vanderpool: paid on time for 3 years", "Shelby Vanderpool")]
    [InlineData("Hi it's Tamsin from no. 8, I took in your parcel.", "Tamsin")]
    [InlineData("Client Harriet Greaves moved from Cairns.", "Harriet Greaves")]
    [InlineData("Client : M./Mme VASSEUR Baptiste\nNé(e) le 23/06/1980", "VASSEUR Baptiste")] // a form's "M./Mme" is a title
    [InlineData("Cordiali saluti,\nl'amministratore Tommaso Galli\n+39 335 7070445", "Tommaso Galli")]
    [InlineData("أرسل لكم بيانات المستأجر: الاسم خالد الشمري، تاريخ الميلاد", "خالد الشمري")]
    [InlineData("برای ثبت\u200cنام کلاس زبان: نام امیر جعفری، تاریخ تولد", "امیر جعفری")]
    [InlineData("जानकारी: छात्र का नाम स्नेहा शर्मा, जन्म तिथि", "स्नेहा शर्मा")]
    [InlineData("明日のシフト、中村さんと渡部大輝さんが交代します。", "渡部大輝")]
    [InlineData("I have seen this patient regarding knee pain. Kind regards, Dr Ellison", "Ellison")] // an English title
    [InlineData("Hoi Maaike, de code van de sleutelkluis is 5120", "Maaike")] // a Dutch greeting
    [InlineData("Onze dochter Lieke zit sinds dit jaar op de basisschool.", "Lieke")] // kinship in Dutch
    [InlineData("Meine Tochter Annika hat morgen Geburtstag.", "Annika")]
    [InlineData("Digicode 0530, puis interphone au nom de Solène.", "Solène")] // "in the name of"
    [InlineData("Bins go out on Tuesday. – Imogen", "Imogen")] // a sign-off after a sentence
    [InlineData("backup codes\nmok2-7z4c\nq3jf-zenm\n- Imogen", "Imogen")] // on the last line
    [InlineData("Am Di., 3. Dez. 2026 um 10:04 Uhr schrieb Jürgen Weiß <jweiss@web.de>:", "Jürgen Weiß")] // a mail address's display name
    [InlineData("Cc: Dmitri Volkov <dvolkov@mail.ru>; Ana Ríos <ana@example.com>", "Ana Ríos")]
    public void NamesAfterCues_AreFound(string text, string expected) => Assert.Contains(expected, Names(text));

    [Theory]
    [InlineData("hi team, the build is green")]
    [InlineData("Dear Sir or Madam,")]
    [InlineData("i'm tired and i'm gonna sleep")]
    [InlineData("hello world")]
    [InlineData("Hi all: standup moved")]
    [InlineData("my name is on the list")]
    [InlineData("i'm Kubernetes certified")] // one word, not ending the clause, after "I'm"
    [InlineData("Step 3 – Install\nStep 4 – Reboot")] // steps are no signatures
    [InlineData("Shopping:\n- Eggs\n- Reboot")] // nor a list's last item
    [InlineData("Write to Support Team <support@example.com> or <help@example.com>")] // a display name of everyday words
    public void EverydayWordsAfterCues_AreNotNames(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("高橋様\n\nいつもお世話になっております。", "高橋")]
    [InlineData("In Japanese you'd say 美咲さん, right?", "美咲")]
    [InlineData("备注：芳女士/先生希望周末联系", "芳")]
    [InlineData("하은님, 택배 주소 확인 부탁드려요", "하은")]
    [InlineData("김민수 씨에게 전달해 주세요.", "김민수")]
    [InlineData("Ask Tanaka-san about the invoice.", "Tanaka")]
    [InlineData("Здравствуйте, Ирина!\n\nПересылаю данные", "Ирина")]
    [InlineData("Γεια σου Δημήτρη, τι κάνεις;", "Δημήτρη")]
    [InlineData("Hej Kasper,\n\ntak for din mail", "Kasper")]
    [InlineData("Dobrý den, pane Dvořák,\nposílám", "Dvořák")]
    [InlineData("Передайте документы г-ну Волкову завтра.", "Волкову")]
    [InlineData("Bitte rufen Sie Herr Lindqvist zurück.", "Lindqvist")]
    [InlineData("Paní Veselá volala kvůli faktuře.", "Veselá")]
    [InlineData("يرجى التواصل مع السيد طارق سالم غدا", "طارق سالم")]
    public void NamesAfterOrBeforeHonorificsAndGreetingsOfOtherLanguages_AreFound(string text, string expected) => Assert.Contains(expected, Names(text));

    [Theory]
    [InlineData("User: In Chinese you'd say 静女士, right?", "静")]
    [InlineData("姓名：王芳\n备注：芳女士/先生希望周末联系", "芳")]
    public void AOneCharacterGivenName_SurvivesTheScanner(string text, string name) =>
        Assert.Contains(new PrivacyScanner(BuiltInDetectors.All).Scan(text), m => m.Type == "PERSON" && m.Value == name);

    [Theory]
    [InlineData("お客様各位、いつもご利用ありがとうございます。皆様のご意見をお待ちしています。")] // customers, everyone
    [InlineData("仕様書を確認してください。ご苦労様でした。")] // specification; thanks for your work
    [InlineData("고객님, 주문이 완료되었습니다. 선생님께 전달했습니다.")] // customer, teacher
    [InlineData("请联系王先生的助理。")] // a phrase before 先生 is not a name on its own
    [InlineData("Здравствуйте, спасибо за заказ!")]
    [InlineData("Hej, tak for sidst")]
    [InlineData("The Bay Area office and Pan Am history")]
    public void EverydayWordsBeforeHonorificsOfOtherLanguages_AreNotNames(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("#ops-oncall\nlucie 22:58\nanyone know why the vpn box is refusing me?", "lucie")] // a chat export's header
    [InlineData("Mette 11:42\nhere's the posthog key", "Mette")]
    [InlineData("Ximena Fuentes 9:05 PM\nyeah", "Ximena Fuentes")]
    public void ASenderAndTimeAloneOnALine_IsAName(string text, string expected) => Assert.Contains(expected, Names(text));

    [Fact]
    public void AnAgendasItemsAndTimes_AreNotNames() => Assert.Empty(Names("Agenda\nLunch 12:30\nStandup 09:30\nReview 16:00\nDeparture 17:45"));

    [Fact]
    public void SpeakerLabels_OnTwoLinesOrMore_AreNames_AndFormFieldsAreNot()
    {
        Assert.Equal(["Ananya", "Kavya"], Names("Ananya: did you push the fix?\nKavya: not yet, still reviewing"));
        Assert.Empty(Names("Ananya: did you push the fix?")); // one line is not a conversation
        Assert.Empty(Names("Indirizzo: Via Roma 5, Verona\nTelefono: +39 045 123 4567 ext 2\nNote: call after 5"));
    }

    [Theory]
    [InlineData("Callum: what's Harriet's full birthday again for the party?", "Harriet")]
    [InlineData("For the insurance form, Zawadi's birthday is December 24, 1990.", "Zawadi")]
    [InlineData("declan: whats chloes email again", "chloe")]
    [InlineData("Minutes\nPresent: Harriet Garvey, Rodrigo Morales Vega, Tunde Bello and Neha Reddy\n1. Budget", "Harriet Garvey")]
    [InlineData("Minutes\nPresent: Harriet Garvey, Rodrigo Morales Vega, Tunde Bello and Neha Reddy\n1. Budget", "Neha Reddy")]
    [InlineData("Anwesend: Dieter Jäger; Svenja Ottersbach", "Svenja Ottersbach")]
    [InlineData("inès: t'as l'adresse de margaux ?\ndumoulin: 95 rue du moulin, à annecy", "dumoulin")]
    [InlineData("De telkluis is 2120 en het alarm zet je uit met 6095. Groetjes Maaike", "Maaike")] // a closing of another language
    [InlineData("See you on Monday.\nLiebe Grüße,\nAnnika", "Annika")] // the name on the next line
    public void PossessivesAttendanceListsLowerCaseChatsAndClosings_NameSomeone(string text, string expected) => Assert.Contains(expected, Names(text));

    [Theory]
    [InlineData("what is the bus number to the airport")] // a possessive-looking everyday word
    [InlineData("Check the thesis address list and its number.")]
    [InlineData("dn: uid=jdoe,ou=people\ncn: John Doe\ntelephoneNumber: +1 555 0100 2000")] // LDIF keys are no speakers
    [InlineData("note: the build is green\ntodo: merge it today")]
    [InlineData("Present: all members of the board")]
    [InlineData("Thanks for the quick reply")]
    public void EverydayTextAroundTheNewCues_IsNoName(string text) => Assert.Empty(Names(text));
}

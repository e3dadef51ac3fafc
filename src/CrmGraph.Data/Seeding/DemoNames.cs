namespace CrmGraph.Data.Seeding;

/// <summary>Word lists the demo data draws realistic names and notes from.</summary>
internal static class DemoNames
{
    public static readonly string[] FirstNames =
    [
        "Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Katrin", "Lukas",
        "Maria", "Nils", "Olivia", "Paul", "Rosa", "Samuel", "Tanja", "Uwe", "Vera", "Walter", "Yara", "Zoe",
        "Amir", "Bianca", "Carlos", "Dana", "Emil", "Fatima", "Georg", "Hanna", "Ivan", "Julia", "Kemal", "Lea",
    ];

    public static readonly string[] LastNames =
    [
        "Schmidt", "Novak", "Rossi", "Garcia", "Jansen", "Dubois", "Kowalski", "Berg", "Lindqvist", "Moreau",
        "Fischer", "Weber", "Costa", "Horvat", "Nieminen", "Olsen", "Petrov", "Quinn", "Richter", "Silva",
        "Tanaka", "Umar", "Varga", "Wagner", "Young", "Zimmermann", "Brennan", "Demir", "Ekström", "Fontaine",
    ];

    public static readonly string[] CompanyStems =
    [
        "Alpine", "Harbor", "Nordic", "Summit", "Riverside", "Granite", "Lakeside", "Meridian", "Orchard", "Pioneer",
        "Beacon", "Cedar", "Falcon", "Horizon", "Keystone", "Maple", "Northgate", "Oakridge", "Silverline", "Westbrook",
    ];

    public static readonly string[] CompanySuffixes = ["Logistics", "Dental", "Bakery", "Hotels", "Print", "Clinic", "Foods", "Motors", "Labs", "Studios"];

    public static readonly string[] CompanyForms = ["GmbH", "Ltd", "AG", "S.A.", "BV", "Oy"];

    public static readonly (string City, string Country)[] Places =
    [
        ("Hamburg", "Germany"), ("Munich", "Germany"), ("Vienna", "Austria"), ("Zurich", "Switzerland"),
        ("Rotterdam", "Netherlands"), ("Lyon", "France"), ("Milan", "Italy"), ("Porto", "Portugal"),
        ("Gothenburg", "Sweden"), ("Aarhus", "Denmark"), ("Krakow", "Poland"), ("Brno", "Czechia"),
    ];

    public static readonly string[] InteractionNotes =
    [
        "Customer asked about the next maintenance window.",
        "Device makes a grinding noise at start-up; booked a technician.",
        "Explained the invoice and the quantity discount.",
        "Follow-up after repair: customer confirms it works.",
        "Customer considering a competitor's offer; offered extended warranty.",
        "Requested a loaner device while the unit is in the workshop.",
        "Walked the customer through the self-service portal.",
        "Customer unhappy with the waiting time on the phone.",
        "Confirmed the on-site appointment for next week.",
        "Invited the customer to the satisfaction survey.",
    ];

    public static readonly string[] ComplaintDescriptions =
    [
        "Technician arrived three hours late without notice.",
        "The repaired unit failed again within a week.",
        "Invoice shows a higher price than the quote.",
        "Staff member on the hotline was rude and unhelpful.",
        "Spare part delivery took twice as long as promised.",
        "Maintenance visit left the site dirty.",
        "Nobody called back although a callback was promised.",
        "Extended warranty claim was refused without explanation.",
    ];

    public static readonly string[] Resolutions =
    [
        "Apologised, waived the call-out fee and rescheduled with a senior technician.",
        "Replaced the faulty part free of charge and extended the warranty.",
        "Corrected the invoice to the quoted price and refunded the difference.",
        "Coached the staff member; customer accepted the apology.",
        "Expedited delivery and offered a loaner device meanwhile.",
    ];

    public static readonly string[] SurveyComments =
    [
        "Quick and friendly service.",
        "The technician knew exactly what to do.",
        "Took too long to get an appointment.",
        "Price is fine, communication could be better.",
        "Very satisfied, will recommend.",
        "Not happy with how my complaint was handled.",
    ];
}

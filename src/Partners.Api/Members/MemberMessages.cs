using Partners.Api.Localization;

namespace Partners.Api.Members;

/// <summary>The login and second-factor pages' texts, French and English.</summary>
internal sealed class MemberMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        ["member.commission"] = ("Commission des opérateurs", "Commission des opérateurs (operators' committee)"),
        ["member.sign_in"] = ("Connexion", "Sign in"),
        ["member.sign_in_intro"] = ("Réservé aux membres de la Commission (décret du 12 janvier 2012, art. 16).", "For members of the Commission only (decree of 12 January 2012, art. 16)."),
        ["member.email"] = ("Adresse e-mail", "E-mail address"),
        ["member.password"] = ("Mot de passe", "Password"),
        ["member.submit_sign_in"] = ("Se connecter", "Sign in"),
        ["member.wrong_password"] = ("Adresse e-mail ou mot de passe incorrect.", "Wrong e-mail address or password."),
        ["member.locked_out"] = ("Ce compte est verrouillé après trop d'essais infructueux. Réessayez plus tard.", "This account is locked after too many failed attempts. Try again later."),
        ["member.code"] = ("Code de l'application d'authentification (6 chiffres)", "Authenticator app code (6 digits)"),
        ["member.code_title"] = ("Deuxième facteur", "Second factor"),
        ["member.code_intro"] = ("Saisissez le code que votre application d'authentification affiche pour ce compte.", "Enter the code your authenticator app shows for this account."),
        ["member.submit_code"] = ("Vérifier", "Verify"),
        ["member.wrong_code"] = ("Code incorrect.", "Wrong code."),
        ["member.session_expired"] = ("La connexion a expiré : recommencez.", "The sign-in expired: start again."),
        ["member.two_factor_setup"] = ("Ajoutez cette clé dans votre application d'authentification (TOTP), puis saisissez le code qu'elle affiche.", "Add this key to your authenticator app (TOTP), then enter the code it shows."),
        ["member.two_factor_key"] = ("Clé", "Key"),
        ["member.two_factor_uri"] = ("Adresse otpauth", "otpauth address"),
        ["member.submit_enable"] = ("Activer le deuxième facteur", "Turn on the second factor"),
        ["member.two_factor_on"] = ("Le deuxième facteur est activé : chaque connexion demande un code.", "The second factor is on: every sign-in asks for a code."),
        ["member.submit_disable"] = ("Désactiver le deuxième facteur", "Turn off the second factor"),
        ["member.back"] = ("Retour au tableau de bord", "Back to the dashboard"),
        ["member.other_language"] = ("English", "Français"),
        ["member.bad_form"] = ("Le formulaire a expiré : rechargez la page.", "The form expired: reload the page."),
    };
}

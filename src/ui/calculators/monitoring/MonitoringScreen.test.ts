import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n/locale.svelte';
import MonitoringScreen from './MonitoringScreen.svelte';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  locale.set('it');
});
afterEach(() => cleanup());

const renderScreen = (query: Record<string, string> = {}) => render(MonitoringScreen, { props: { routeId: 'monitoring', query } });
const result = () => screen.getByRole('region', { name: 'Risultato' });
const Q = {
  tool: 'Che tipo di strumento vuoi usare?',
  canMonitor: /^Lo strumento, direttamente o con i dati che conserva/,
  tracks: /^Il sistema registra o elabora, per ciascun operatore/,
  crmOnly: /^Il CRM si limita ad abbinare/,
  needed: /^Senza questo strumento il lavoro non si potrebbe svolgere/,
  purpose: 'Per quale scopo principale lo usi?',
  representation: "Nell’unità produttiva ci sono RSA o una RSU?",
  provinces: /^L’azienda ha unità produttive in province diverse/,
  itl: /^Queste unità dipendono da Ispettorati territoriali/,
};
// RULES.md 5.5, verbatim.
const AGREEMENT_TEXT = "Serve la procedura dell’art. 4, comma 1: lo strumento si può installare solo per esigenze organizzative e produttive, di sicurezza del lavoro o di tutela del patrimonio aziendale, e solo dopo un accordo sindacale oppure, in mancanza, dopo l’autorizzazione dell’Ispettorato del lavoro. Installarlo prima è un reato.";
const WORK_TOOL_TEXT = "Rientra nell’art. 4, comma 2: è uno strumento di lavoro (o un rilevatore di accessi e presenze). Non servono accordo sindacale né autorizzazione dell’Ispettorato. Prima di usare i dati per qualsiasi fine legato al rapporto di lavoro devi però dare ai lavoratori un’informazione scritta adeguata (comma 3) e rispettare il GDPR.";
const COMPANY_AGREEMENT = 'Accordo collettivo con la RSU o le RSA';
const ITL = "Se non si raggiunge un accordo: domanda di autorizzazione all’Ispettorato territoriale del lavoro competente";
const REFUSAL = /^Attenzione: per i software che misurano stati, tempi e pause dei singoli operatori l’Ispettorato \(circolare n\. 4\/2017\)/;

async function answer(user: ReturnType<typeof userEvent.setup>, question: string | RegExp, label: string) {
  const group = screen.getByRole('group', { name: question });
  await user.click(within(group).getByLabelText(label));
  await user.click(screen.getByRole('button', { name: 'Avanti' }));
}

const procedureItems = () => {
  const heading = within(result()).getByRole('heading', { name: 'Procedura da seguire, in quest’ordine' });
  const list = heading.nextElementSibling as HTMLElement;
  return within(list).getAllByRole('listitem').map((li) => li.querySelector('p')?.textContent);
};

describe('monitoring screen (RULES.md §5)', () => {
  it('opens in Italian on question 1 of the interview, with a hint and no "Indietro"', () => {
    renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Controllo a distanza' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Domanda 1' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: Q.tool });
    expect(group).toHaveAccessibleDescription(/scegli «Altro»/);
    expect(within(group).getAllByRole('radio')).toHaveLength(8);
    expect(screen.queryByRole('button', { name: 'Indietro' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Risultato' })).not.toBeInTheDocument();
  });

  it('GPS-1 / MO-V03 answered one question at a time: comma-1 procedure, company agreement then ITL, focus follows each step', async () => {
    const user = userEvent.setup();
    renderScreen();
    await answer(user, Q.tool, 'Localizzatore GPS');
    expect(screen.getByRole('heading', { name: 'Domanda 2' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: Q.canMonitor })).toHaveFocus();
    await answer(user, Q.canMonitor, 'Sì');
    await answer(user, Q.tracks, 'No');
    // Q4 is only for a CRM: the GPS path goes on to Q5, with its GPS hint.
    expect(screen.getByRole('group', { name: Q.needed })).toHaveAccessibleDescription(/GPS utile solo per gestire la flotta: No/);
    await answer(user, Q.needed, 'No');
    await answer(user, Q.purpose, 'Esigenze organizzative e produttive');
    await answer(user, Q.representation, 'Sì, ci sono RSA o una RSU');
    // All units in one province: one ITL, so the ITL question is not asked (issue 7).
    await answer(user, Q.provinces, 'No');
    expect(screen.queryByRole('group', { name: Q.itl })).not.toBeInTheDocument();
    expect(within(result()).getByText('Serve accordo o autorizzazione (art. 4, comma 1)')).toBeInTheDocument();
    expect(within(result()).getByText(AGREEMENT_TEXT)).toBeInTheDocument();
    expect(procedureItems()).toEqual([COMPANY_AGREEMENT, ITL]);
    expect(within(result()).getByText(/ammenda da 154 a 1\.549 euro o arresto da 15 giorni a un anno/)).toBeInTheDocument();
    expect(within(result()).queryByText(REFUSAL)).not.toBeInTheDocument();
    expect(within(result()).getByRole('heading', { name: 'Risultato' })).toHaveFocus();
  });

  it('"Avanti" without an answer shows the error beside the question, in words, and focuses it', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    const group = screen.getByRole('group', { name: Q.tool });
    expect(group).toHaveAccessibleDescription(/Scegli una risposta per andare avanti\./);
    expect(group).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Domanda 1' })).toBeInTheDocument();
  });

  it('"Indietro" and "Modifica" never lose answers, even those a changed path skips (C-17 path, RULES.md 5.4)', async () => {
    const user = userEvent.setup();
    renderScreen();
    await answer(user, Q.tool, 'Software CRM / gestione clienti');
    await answer(user, Q.canMonitor, 'Sì');
    await answer(user, Q.tracks, 'No');
    await answer(user, Q.crmOnly, 'Sì');
    // CRM-1: work tool.
    expect(within(result()).getByText(WORK_TOOL_TEXT)).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Le tue risposte' });
    await user.click(within(summary).getByRole('button', { name: 'Modifica la risposta alla domanda 1' }));
    expect(screen.getByRole('group', { name: Q.tool })).toHaveFocus();
    await answer(user, Q.tool, 'Rilevatore di presenze (badge, marcatempo) che registra solo entrate e uscite');
    expect(screen.getByLabelText('Sì')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    // ATT-1: an attendance recorder is a work tool (comma 2) after Q2.
    expect(within(result()).getByText(WORK_TOOL_TEXT)).toBeInTheDocument();
    await user.click(within(screen.getByRole('region', { name: 'Le tue risposte' })).getByRole('button', { name: 'Modifica la risposta alla domanda 2' }));
    await user.click(screen.getByRole('button', { name: 'Indietro' }));
    await answer(user, Q.tool, 'Software CRM / gestione clienti');
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    // Q3 and Q4 were skipped on the attendance path, but their answers were kept.
    expect(within(screen.getByRole('group', { name: Q.tracks })).getByLabelText('No')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    expect(within(screen.getByRole('group', { name: Q.crmOnly })).getByLabelText('Sì')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Indietro' }));
    expect(within(screen.getByRole('group', { name: Q.tracks })).getByLabelText('No')).toBeChecked();
  });

  it('"Prova un esempio" is CRM-1: work tool, no procedure, written information and the document checklist, each cited', async () => {
    renderScreen();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prova un esempio' }));
    expect(within(result()).getByText(WORK_TOOL_TEXT)).toBeInTheDocument();
    expect(within(result()).queryByRole('heading', { name: /Procedura da seguire/ })).not.toBeInTheDocument();
    expect(within(result()).getByText('Senza l’informazione scritta prevista dal comma 3 i dati non si possono usare, nemmeno per un procedimento disciplinare.')).toBeInTheDocument();
    const docs = within(result()).getByRole('heading', { name: 'Documenti da preparare' }).nextElementSibling?.nextElementSibling as HTMLElement;
    const items = within(docs).getAllByRole('listitem');
    // RULES.md 5.5 work-tool: DOC-TECH, DOC-INFO-C3, DOC-GDPR-NOTICE, DOC-POLICY, DOC-DPIA (if systematic).
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Scheda tecnica interna',
      'Informativa ai lavoratori ex art. 4, comma 3',
      'Informativa privacy (art. 13 GDPR)',
      'Disciplinare interno sull’uso degli strumenti informatici',
      'Valutazione d’impatto (art. 35 GDPR)',
    ]);
    expect(items[4]).toHaveTextContent('solo se il monitoraggio è sistematico');
    expect(items[0]).toHaveTextContent(/il CRM abbina solo le chiamate/);
    for (const item of items) expect(within(item).getByText(/^Fonti: S\d+/)).toBeInTheDocument();
    expect(result().querySelector('h2')).toHaveFocus();
  });

  it('the call-centre scenario is CRM-2: agreement required, refusal likely, company agreement then ITL', async () => {
    renderScreen();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Software che misura stati, tempi e pause degli operatori' }));
    expect(within(result()).getByText(AGREEMENT_TEXT)).toBeInTheDocument();
    expect(within(result()).getAllByText(REFUSAL).length).toBeGreaterThan(0);
    expect(within(result()).getByText('Potrebbe essere negata')).toBeInTheDocument();
    expect(procedureItems()).toEqual([COMPANY_AGREEMENT, ITL]);
  });

  it('operator software presets "Sì" on Q3 and a performance purpose is not permitted (CRM-3): no procedure, "do not install"', async () => {
    const user = userEvent.setup();
    renderScreen();
    await answer(user, Q.tool, "Software che misura l’attività degli operatori");
    await answer(user, Q.canMonitor, 'Sì');
    expect(within(screen.getByRole('group', { name: Q.tracks })).getByLabelText('Sì')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    await answer(user, Q.purpose, 'Controllare il rendimento o la produttività dei singoli lavoratori');
    expect(within(result()).getByText('Non consentito')).toBeInTheDocument();
    expect(within(result()).getByText('Non bastano: per questo scopo lo strumento non si può installare')).toBeInTheDocument();
    expect(within(result()).queryByRole('heading', { name: /Procedura da seguire/ })).not.toBeInTheDocument();
    expect(within(result()).getByText(/^Non installare né usare lo strumento/)).toBeInTheDocument();
  });

  it('e-mail asks Q5 as metadata retention (C-18): kept 90 days with no RSA/RSU is MAIL-1, ITL authorisation', async () => {
    const user = userEvent.setup();
    renderScreen();
    await answer(user, Q.tool, 'Posta elettronica aziendale (server, log, metadati)');
    await answer(user, Q.canMonitor, 'Sì');
    await answer(user, Q.tracks, 'No');
    await answer(user, 'I metadati delle e-mail sono conservati al massimo 21 giorni e solo per far funzionare e proteggere la posta?', 'No');
    await answer(user, Q.purpose, 'Esigenze organizzative e produttive');
    await answer(user, Q.representation, 'No, nessuna rappresentanza');
    await answer(user, Q.provinces, 'No');
    expect(within(result()).getByText(AGREEMENT_TEXT)).toBeInTheDocument();
    expect(procedureItems()).toEqual([ITL]);
    // With no agreement the first document is the application to the inspectorate (RULES.md 5.5).
    expect(within(result()).getByText('Istanza di autorizzazione all’ITL (o alla sede centrale dell’INL se le unità dipendono da più ITL)')).toBeInTheDocument();
  });

  it('GPS scenario is GPS-1 (ITL only) and lists the parts not covered (RULES.md 5.8)', async () => {
    renderScreen();
    await userEvent.setup().click(screen.getByRole('button', { name: 'GPS sulle auto degli agenti di vendita' }));
    expect(procedureItems()).toEqual([ITL]);
    const heading = within(result()).getByRole('heading', { name: 'Non coperto' });
    expect(within(heading.nextElementSibling as HTMLElement).getByText(/^Controlli «difensivi» mirati/)).toBeInTheDocument();
  });

  it('contract switch: the webcam case keeps its outcome; the Art. 14 note shows only under Unimpresa, W-1 never (R-10)', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: 'Controllo via webcam dei lavoratori in smart working (art. 14 CCNL)' }));
    expect(procedureItems()).toEqual([ITL]);
    expect(within(result()).getAllByText(/l’art\. 14 del CCNL Unimpresa ammette i controlli/).length).toBeGreaterThan(0);
    expect(within(result()).queryByText(/scaduto il 14 marzo 2024/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Contratto applicato'), 'statute');
    expect(within(result()).getByText(AGREEMENT_TEXT)).toBeInTheDocument();
    expect(within(result()).queryByText(/l’art\. 14 del CCNL Unimpresa ammette i controlli/)).not.toBeInTheDocument();
    expect(within(result()).queryByText(/scaduto il 14 marzo 2024/)).not.toBeInTheDocument();
  });

  it('a shared link (MO-V07 facts) opens on the outcome: national unions then the INL head office', () => {
    const input = { tool: 'gps', canMonitorWorkers: true, onlyLinksCallToCustomer: false, tracksOperatorActivity: false, neededToWork: false, purpose: 'organisational', representation: 'none', unitsInSeveralProvinces: true, unitsUnderSeveralItl: true };
    renderScreen({ in: JSON.stringify(input) });
    expect(screen.getByText(/Hai aperto un caso condiviso/)).toBeInTheDocument();
    expect(procedureItems()).toEqual([
      'In alternativa, avendo unità in più province o regioni: accordo con i sindacati comparativamente più rappresentativi sul piano nazionale',
      "Se non si raggiunge un accordo: domanda di autorizzazione alla sede centrale dell’Ispettorato nazionale del lavoro (unità sotto più ITL)",
    ]);
    expect(within(screen.getByRole('region', { name: 'Le tue risposte' })).getAllByRole('listitem')).toHaveLength(8);
  });

  it('keeps the answers as a draft and "Ricomincia" clears them', async () => {
    const user = userEvent.setup();
    renderScreen();
    await answer(user, Q.tool, 'Telecamere');
    cleanup();
    renderScreen();
    expect(screen.getByRole('heading', { name: 'Domanda 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Indietro' }));
    expect(screen.getByLabelText('Telecamere')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Ricomincia' }));
    expect(screen.getByLabelText('Telecamere')).not.toBeChecked();
    expect(screen.getByRole('group', { name: Q.tool })).toHaveFocus();
  });

  it('speaks English when the language is English', () => {
    locale.set('en');
    renderScreen();
    expect(screen.getByRole('heading', { name: 'Question 1' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'What kind of tool do you want to use?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument();
  });
});

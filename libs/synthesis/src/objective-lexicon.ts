import type { TextLanguage } from './terms';

/**
 * A facet of an objective: one way contributors talk about it, with the phrases that signal it in
 * each language. Phrases are separated by "; " and matched on stems, in any order within a short
 * window, ignoring grammatical words ("recognition of skills" = "skills recognition"). A leading
 * "~" marks a weak phrase that counts half.
 */
export interface LexiconFacet {
  /** Short English label, sentence case, readable mid-sentence once its first letter is lowered. */
  label: string;
  terms: Record<TextLanguage, string>;
}

export interface ObjectiveLexicon {
  number: number;
  /** A few words for the objective where its full title would be too long. */
  short: string;
  facets: LexiconFacet[];
}

export const OBJECTIVE_LEXICON: readonly ObjectiveLexicon[] = [
  {
    number: 1,
    short: 'data and evidence',
    facets: [
      {
        label: 'Data, statistics and evidence',
        terms: {
          en: 'data; disaggregated data; statistics; data collection; evidence-based; data-driven; census; household survey; ~research; ~baseline; ~measuring; ~evidence; ~indicators; ~monitoring; survey; surveys; data sharing; administrative data; registers; data protection; statistical offices; dashboards; statistics office; statistics offices; statistical office; population register; population registers; estimates; sample; households',
          fr: '=donnée; données ventilées; statistiques; collecte de données; fondées sur des données; données probantes; recensement; enquête; ~recherche; ~suivi; ~indicateurs; données administratives; registres; protection des données; instituts statistiques; enquêtes; partage de données; échantillon; ménages; registre de population; estimations',
          es: 'datos; datos desglosados; estadísticas; recopilación de datos; basadas en evidencia; basadas en datos; censo; encuesta; ~investigación; ~indicadores; ~seguimiento; registros administrativos; protección de datos; institutos de estadística; encuestas; datos administrativos; intercambio de datos; muestra; hogares; padrón; registro de población; estimaciones',
        },
      },
      {
        label: 'Migration data systems and sharing',
        terms: {
          en: 'migration statistics; national statistical system; national statistical systems; statistical capacity; interoperable; interoperability; database; databases; labour force survey; labour force surveys; migration profile; migration profiles; comparable data; comparability; data gaps; lack of data; reliable figures; anonymised data; anonymized data; microdata; open data; data portal; exit records; administrative records; vital statistics; disaggregated by sex; ~counts; ~figures; evidence base',
          fr: 'statistiques migratoires; système statistique national; base de données; bases de données; interopérable; interopérabilité; enquête sur les forces de travail; enquête emploi; profil migratoire; profils migratoires; données comparables; comparabilité; manque de données; absence de données; lacunes dans les données; chiffres fiables; données anonymisées; microdonnées; données ouvertes; registres administratifs; ventilées par sexe; ~chiffres; base factuelle',
          es: 'estadísticas migratorias; sistema estadístico nacional; base de datos; bases de datos; interoperable; interoperabilidad; encuesta de fuerza de trabajo; encuesta de hogares; perfil migratorio; perfiles migratorios; datos comparables; comparabilidad; falta de datos; ausencia de datos; vacíos de información; cifras fiables; datos anonimizados; microdatos; datos abiertos; registros administrativos; desglosados por sexo; ~cifras; evidencia empírica',
        },
      },
    ],
  },
  {
    number: 2,
    short: 'adverse drivers of migration',
    facets: [
      {
        label: 'Climate change, disasters and environmental degradation',
        terms: {
          en: 'climate change; climate-related; climate adaptation; adaptation; disaster; disasters; disaster risk reduction; environmental degradation; desertification; drought; flooding; floods; sea level rise; extreme weather; natural hazards; slow-onset; preparedness; resilience; environmental challenges; land degradation; soil restoration; land restoration; early warning; rainfall; erratic rains; irregular rains; failed harvests; crop failure; failed season',
          fr: 'changement climatique; changements climatiques; climat; adaptation; catastrophe; catastrophes naturelles; dégradation de l’environnement; dégradation environnementale; désertification; sécheresse; inondations; élévation du niveau de la mer; résilience; préparation aux catastrophes; dégradation des terres; restauration des sols; alerte précoce; pluies irrégulières; pluviométrie; mauvaises récoltes; saison ratée',
          es: 'cambio climático; clima; adaptación; desastre; desastres naturales; catástrofe; degradación ambiental; degradación del medio ambiente; desertificación; sequía; inundaciones; aumento del nivel del mar; resiliencia; preparación ante desastres; degradación de la tierra; degradación de suelos; restauración de suelos; alerta temprana; lluvias irregulares; ~lluvias; malas cosechas; pérdida de cosechas',
        },
      },
      {
        label: 'Poverty, livelihoods and opportunities at home',
        terms: {
          en: 'poverty; livelihoods; food insecurity; food security; food systems; rural areas; rural development; rural migration; agriculture; agri-food; unemployment; employment opportunities; decent employment; youth employment; inequality; inequalities; economic development; sustainable development; life prospects; root causes; adverse drivers; drivers of migration; structural factors; compel people to leave; choice not to migrate; forced migration; prosperity; ~emigration; young farmers; smallholders; small farmers; smallholder farmers; harvest; harvests; crops; land titles; crop insurance; planned to leave; intention to migrate; jobs at home',
          fr: 'pauvreté; moyens de subsistance; insécurité alimentaire; sécurité alimentaire; zones rurales; développement rural; agriculture; chômage; opportunités d’emploi; emploi des jeunes; inégalités; développement économique; développement durable; causes profondes; facteurs négatifs; facteurs structurels; migration forcée; quitter leur pays; ~émigration; jeunes agriculteurs; petits exploitants; petits producteurs; récolte; récoltes; cultures; titres fonciers; assurance récolte; envie de partir; intention de migrer; rester au pays',
          es: 'pobreza; medios de vida; inseguridad alimentaria; seguridad alimentaria; zonas rurales; desarrollo rural; agricultura; desempleo; oportunidades de empleo; empleo juvenil; desigualdad; desigualdades; desarrollo económico; desarrollo sostenible; subdesarrollo; causas profundas; factores adversos; factores estructurales; migración forzada; abandonar su país; ~emigración; jóvenes agricultores; pequeños productores; pequeños agricultores; cosecha; cosechas; cultivos; títulos de propiedad; seguro agrícola; intención de migrar; quedarse en su tierra',
        },
      },
      {
        label: 'Conflict, insecurity and governance',
        terms: {
          en: 'armed conflict; conflict; violence; insecurity; peacebuilding; peace; bad governance; corruption; persecution',
          fr: 'conflit armé; conflits; violence; insécurité; paix; mauvaise gouvernance; corruption; persécution',
          es: 'conflicto armado; conflictos; violencia; inseguridad; paz; mala gobernanza; corrupción; persecución',
        },
      },
      {
        label: 'Development cooperation and aid',
        terms: {
          en: 'development cooperation; development aid; official development assistance; aid conditionality; aid effectiveness; ~donors',
          fr: 'coopération au développement; aide au développement; aide publique au développement; conditionnalité de l’aide; efficacité de l’aide; ~bailleurs',
          es: 'cooperación al desarrollo; cooperación para el desarrollo; ayuda al desarrollo; condicionalidad de la ayuda; eficacia de la ayuda; ~donantes',
        },
      },
    ],
  },
  {
    number: 3,
    short: 'accurate and timely information',
    facets: [
      {
        label: 'Accurate information and orientation',
        terms: {
          en: 'access to information; accurate information; timely information; information campaigns; information centres; migrant resource centres; pre-departure orientation; orientation; counselling; hotline; misinformation about migration; job opportunities information; information sessions; know your rights; information on procedures; misleading information; rumours; information in their language; helpline; help line; information line; sms; whatsapp; rumour; rumours; false information; clear information; information points; realistic picture; honest picture; life abroad; first-hand accounts; ~departure',
          fr: 'accès à l’information; information exacte; campagnes d’information; centres d’information; bureaux d’accueil; orientation des migrants; orientation; formation pré-départ; conseil; opportunités d’emploi; séances d’information; information sur les droits; informations trompeuses; rumeurs; information dans leur langue; ligne d’écoute; numéro vert; rumeur; rumeurs; information claire; points d’information; image réaliste; vie à l’étranger; avant le départ',
          es: 'acceso a la información; información exacta; información oportuna; campañas de información; centros de información; orientación previa a la partida; orientación; asesoramiento; línea de ayuda; sesiones informativas; información sobre derechos; información engañosa; rumores; información en su idioma; línea de ayuda; línea gratuita; rumor; rumores; información clara; puntos de información; imagen realista; vida en el extranjero; antes de la salida',
        },
      },
      {
        label: 'Information services and channels',
        terms: {
          en: 'one-stop shop; one-stop centre; information desk; information office; information service; information services; website; web portal; online portal; ~social media; community radio; radio programmes; ~videos; leaflets; brochures; posters; in their own language; multilingual information; fake news; false promises; ~deceived; risks of irregular migration; risks of the journey; aware of the risks; informed decisions; informed choice; returnee testimonies; peer educators; qr code; call centre; toll-free; verified information; official channels; pre-departure',
          fr: 'guichet unique; guichet d’information; bureau d’information; service d’information; site internet; portail; ~réseaux sociaux; radio communautaire; émissions de radio; ~vidéos; dépliants; brochures; dans leur langue; informations multilingues; fausses nouvelles; fausses promesses; ~trompés; mensonges; risques de la migration irrégulière; risques du voyage; conscience des risques; décision éclairée; choix éclairé; témoignages; éducateurs pairs; code qr; centre d’appel; ligne gratuite; informations vérifiées; canaux officiels; séances d’orientation; pré-départ',
          es: 'ventanilla única; oficina de información; servicio de información; sitio web; portal; ~redes sociales; radio comunitaria; programas de radio; ~videos; folletos; en su propio idioma; información multilingüe; noticias falsas; falsas promesas; ~engañados; engaños; mentiras; riesgos de la migración irregular; riesgos del viaje; decisiones informadas; testimonios de retornados; educadores pares; código qr; centro de llamadas; información verificada; canales oficiales; charlas informativas',
        },
      },
    ],
  },
  {
    number: 4,
    short: 'legal identity and documentation',
    facets: [
      {
        label: 'Legal identity and documentation',
        terms: {
          en: 'legal identity; proof of identity; identity documents; identification documents; ~documentation; birth registration; civil registration; civil registry; passports; statelessness; stateless; consular identification; identity card; identity cards; birth certificate; birth certificates; digital identity; nationality documents; ~documents; id card; id cards; registration teams; nationality law; birth registration campaigns',
          fr: 'identité juridique; preuve d’identité; pièces d’identité; documents d’identité; papiers; enregistrement des naissances; état civil; passeport; apatridie; apatrides; carte d’identité; cartes d’identité; acte de naissance; actes de naissance; identité numérique; ~documents; équipes d’enregistrement; loi sur la nationalité',
          es: 'identidad jurídica; identidad legal; prueba de identidad; documentos de identidad; ~documentación; registro de nacimientos; registro civil; pasaporte; apatridia; apátridas; cédula; cédulas; documento de identidad; partida de nacimiento; acta de nacimiento; identidad digital; ~documentos; equipos de registro; ley de nacionalidad; documentación',
        },
      },
    ],
  },
  {
    number: 5,
    short: 'regular pathways',
    facets: [
      {
        label: 'Regular and labour migration pathways',
        terms: {
          en: 'regular pathways; legal pathways; safe pathways; ~regular migration; legal routes; labour migration; labor migration; labour mobility; labor mobility; circular migration; circular migrants; seasonal workers; temporary workers; short-term workers; work permits; bilateral labour agreements; labour shortages; labor shortages; immigration policies; admission; flexibility; ~demographics; ~mobility; points system; points-based; employer-sponsored; quota; quotas',
          fr: 'voies légales; voies régulières; ~migration régulière; voies de migration; mobilité de la main d’oeuvre; migration de travail; migration circulaire; travailleurs saisonniers; travailleurs temporaires; permis de travail; accords bilatéraux de main d’oeuvre; accords de main d’oeuvre; pénurie de main-d’oeuvre; mobilité des travailleurs; admission; ~mobilité; système à points; quota; quotas',
          es: 'vías regulares; vías legales; vías legales de acceso; vías de migración; ~migración regular; migración laboral; movilidad laboral; migración circular; trabajadores temporales; trabajadores de temporada; permisos de trabajo; acuerdos bilaterales; escasez de mano de obra; admisión; ~movilidad; sistema de puntos; cupo; cupos',
        },
      },
      {
        label: 'Visas and admission procedures',
        terms: {
          en: 'visa; visas; visa restrictions; visa process; visa facilitation; visa fees; entry requirements',
          fr: 'visa; visas; octroi de visa; refus de visa; facilitation des visas; frais de visa; accès aux visas',
          es: 'visa; visas; visado; visados; requisitos de entrada; facilitación de visados',
        },
      },
      {
        label: 'Regularisation of undocumented migrants',
        terms: {
          en: '=regulariz; =regularis; undocumented; irregular status; regardless of migration status; status adjustment',
          fr: 'régularisation; sans papiers; situation irrégulière; statut irrégulier',
          es: 'regularización; indocumentados; situación irregular; estatus migratorio irregular',
        },
      },
      {
        label: 'Family reunification',
        terms: {
          en: 'family reunification; family reunion; ~family members; reunited; spouse; spouses; income threshold; income requirements',
          fr: 'regroupement familial; réunification familiale; conjoint; conjointe; conditions de ressources; réunis',
          es: 'reunificación familiar; reagrupación familiar; cónyuge; requisito de ingresos; requisitos de ingresos; reunirse con sus hijos',
        },
      },
      {
        label: 'Humanitarian and protection pathways',
        terms: {
          en: 'humanitarian visas; humanitarian pathways; complementary pathways; international protection; protection needs; temporary protection; refugees and migrants; asylum-seekers',
          fr: 'visas humanitaires; voies complémentaires; protection internationale; besoins de protection; protection temporaire; réfugiés',
          es: 'visados humanitarios; vías complementarias; protección internacional; necesidades de protección; protección temporal; refugiados',
        },
      },
    ],
  },
  {
    number: 6,
    short: 'fair recruitment and decent work',
    facets: [
      {
        label: 'Fair and ethical recruitment',
        terms: {
          en: 'recruitment; fair recruitment; ethical recruitment; recruitment fees; recruitment costs; recruitment agencies; private employment agencies; recruiters; labour intermediaries; contract substitution; debt bondage; paid for their own; out of their own pocket; placement fees',
          fr: 'recrutement; recrutement équitable; recrutement éthique; frais de recrutement; agences de recrutement; agences d’emploi privées; intermédiaires; servitude pour dettes; payé eux-mêmes; frais de placement',
          es: 'contratación; reclutamiento; contratación equitativa; contratación ética; comisiones de contratación; costos de contratación; agencias de contratación; agencias de empleo privadas; intermediarios; servidumbre por deudas; de su bolsillo; pagaron ellos mismos; cobros indebidos',
        },
      },
      {
        label: 'Decent work and labour rights',
        terms: {
          en: 'decent work; labour rights; labor rights; labour protection; labor protection; labour law; labor law; working conditions; wages; minimum wage; wage theft; labour inspection; exploitation; labour exploitation; occupational safety; domestic workers; migrant workers; equal treatment; equal protection; ILO conventions; fundamental rights at work; ~workers; ~workforce; unpaid wages; wage theft',
          fr: 'travail décent; droits du travail; droits des travailleurs; droit du travail; conditions de travail; salaires; salaire minimum; inspection du travail; exploitation; travailleurs domestiques; travailleurs migrants; égalité de traitement; conventions de l’OIT; droits fondamentaux du travail; droits sociaux; accès au travail; ~travailleurs; salaires impayés',
          es: 'trabajo decente; derechos laborales; derechos de los trabajadores; legislación laboral; condiciones de trabajo; condiciones laborales; salarios; salario mínimo; inspección del trabajo; explotación laboral; trabajadoras domésticas; trabajadores migrantes; igualdad de trato; convenios de la OIT; ~trabajadores; salarios impagos; salarios adeudados',
        },
      },
      {
        label: 'Trade unions, freedom of association and social dialogue',
        terms: {
          en: 'trade union; trade unions; labor unions; labour unions; union membership; freedom of association; right to organize; self-organize; collective bargaining; social dialogue; social partners; labour movement; labor movement; ~employers',
          fr: 'syndicat; syndicats; syndicale; liberté d’association; liberté syndicale; négociation collective; dialogue social; partenaires sociaux; ~employeurs',
          es: 'sindicato; sindicatos; sindical; libertad de asociación; libertad sindical; negociación colectiva; diálogo social; interlocutores sociales; ~empleadores',
        },
      },
    ],
  },
  {
    number: 7,
    short: 'vulnerabilities in migration',
    facets: [
      {
        label: 'Situations of vulnerability',
        terms: {
          en: 'vulnerability; vulnerabilities; vulnerable; situations of vulnerability; most vulnerable; specific vulnerabilities; unaccompanied children; separated children; gender-based violence; women and girls; persons with disabilities; affirmative action; specific needs; at risk; pregnant women; older persons; trauma; survivors of violence; protection needs; precarious situation; sexual violence; violence against women; survivors; pregnant; pregnancy; gave birth',
          fr: 'vulnérabilité; vulnérabilités; vulnérables; situations de vulnérabilité; enfants non accompagnés; violence fondée sur le genre; femmes et filles; personnes handicapées; besoins spécifiques; personnes à risque; femmes enceintes; personnes âgées; traumatisme; besoins de protection; situation précaire; violences sexuelles; violences faites aux femmes; survivantes; enceintes; grossesse',
          es: 'vulnerabilidad; vulnerabilidades; vulnerables; situaciones de vulnerabilidad; niños no acompañados; violencia de género; mujeres y niñas; personas con discapacidad; necesidades específicas; mujeres embarazadas; personas mayores; trauma; necesidades de protección; situación precaria; violencia sexual; agresiones sexuales; sobrevivientes; embarazadas; embarazo; violencia de género',
        },
      },
      {
        label: 'Protection and support for people at risk',
        terms: {
          en: '~shelter; ~shelters; emergency shelter; emergency accommodation; safe house; safe houses; psychosocial support; psychological support; guardian; guardianship; age assessment; firewall; independent residence permit; independent permit; abusive employer; abusive employers; ~abuse; ~abused; fear of deportation; report abuse; domestic violence; rape; child protection; best interests of the child; minors; unaccompanied minors; turn eighteen; ~social workers; undocumented women; lgbti; people with disabilities',
          fr: '~hébergement; hébergement d’urgence; mise à l’abri; ~abri; ~foyer; soutien psychologique; soutien psychosocial; tuteur; tutelle; évaluation de l’âge; pare-feu; titre de séjour autonome; titre de séjour indépendant; employeur abusif; ~abus; maltraitance; peur de l’expulsion; violences conjugales; viol; protection de l’enfance; intérêt supérieur de l’enfant; mineurs; mineurs non accompagnés; jeunes majeurs; ~travailleurs sociaux; femmes sans papiers; lgbti; personnes en situation de handicap',
          es: '~albergue; ~albergues; casa de acogida; casas de acogida; alojamiento de emergencia; apoyo psicológico; apoyo psicosocial; tutor; tutela; determinación de la edad; cortafuegos; permiso de residencia independiente; empleador abusivo; ~abusos; maltrato; miedo a la deportación; violencia doméstica; violación; protección de la infancia; interés superior del niño; menores; menores no acompañados; ~trabajadores sociales; mujeres indocumentadas; lgbti; personas con discapacidad',
        },
      },
    ],
  },
  {
    number: 8,
    short: 'saving lives and missing migrants',
    facets: [
      {
        label: 'Saving lives and missing migrants',
        terms: {
          en: 'missing migrants; search and rescue; rescue at sea; deaths at sea; migrant deaths; shipwrecks; drowning; lives lost; human remains; save lives; saving lives; families of the missing; bodies; identification of the dead; forensic; dna; died; deaths; disappeared; boats in distress; shipwreck; disappearances; disappeared at sea; families searching; rescue vessel; rescue ships; the dead',
          fr: 'migrants disparus; recherche et sauvetage; sauvetage en mer; morts en mer; naufrages; noyade; sauver des vies; familles des disparus; corps; identification des défunts; médecine légale; adn; décès; morts; disparus; embarcations en détresse; embarcation; disparus en mer; nouvelles; recherches; deuil',
          es: 'migrantes desaparecidos; búsqueda y rescate; rescate en el mar; muertes en el mar; naufragios; salvar vidas; familias de los desaparecidos; cuerpos; identificación de restos; forense; adn; fallecidos; muertes; desaparecidos; embarcaciones en peligro; naufragio; embarcación; desaparecidos en el mar; búsqueda de familiares',
        },
      },
    ],
  },
  {
    number: 9,
    short: 'smuggling of migrants',
    facets: [
      {
        label: 'Smuggling of migrants',
        terms: {
          en: 'smuggling; migrant smuggling; human smuggling; smugglers; smuggling networks; smuggled migrants; smuggling protocol; smuggling routes; prosecution of smugglers',
          fr: 'trafic illicite de migrants; trafic de migrants; passeurs; réseaux de passeurs; migrants objet d’un trafic; protocole contre le trafic illicite; poursuites contre les passeurs',
          es: 'tráfico ilícito de migrantes; tráfico de migrantes; contrabando de migrantes; coyotes; redes de tráfico; migrantes objeto de tráfico; protocolo contra el tráfico ilícito; polleros',
        },
      },
    ],
  },
  {
    number: 10,
    short: 'trafficking in persons',
    facets: [
      {
        label: 'Trafficking in persons',
        terms: {
          en: 'trafficking; human trafficking; trafficking in persons; victims of trafficking; traffickers; modern slavery; sea slavery; forced labour; forced labor; sexual exploitation; trafficked; identification of victims; debt bondage; labour exploitation; ~victims; trafficking situations; suspected trafficking; anti-trafficking',
          fr: 'traite des êtres humains; traite des personnes; victimes de la traite; trafiquants; esclavage moderne; travail forcé; exploitation sexuelle; victimes de traite; servitude pour dettes; exploitation par le travail; ~victimes; traite; lutte contre la traite',
          es: 'trata de personas; trata de seres humanos; víctimas de trata; tratantes; esclavitud moderna; trabajo forzoso; explotación sexual; víctimas de trata; servidumbre por deudas; explotación laboral; ~víctimas; trata; lucha contra la trata; situaciones sospechosas',
        },
      },
    ],
  },
  {
    number: 11,
    short: 'border management',
    facets: [
      {
        label: 'Border management',
        terms: {
          en: 'border management; border control; border controls; border guards; border crossings; borders; pushbacks; integrated border management; border officials; border posts; entry points; ports of entry; border agencies; border police; land borders',
          fr: 'gestion des frontières; contrôle aux frontières; contrôles frontaliers; gardes-frontières; frontières; refoulements; postes frontières; points d’entrée; police aux frontières; agents aux frontières; frontière terrestre',
          es: 'gestión de fronteras; control fronterizo; controles fronterizos; guardias fronterizos; fronteras; devoluciones en caliente; puestos fronterizos; puntos de entrada; policía fronteriza; agentes fronterizos; frontera terrestre',
        },
      },
    ],
  },
  {
    number: 12,
    short: 'migration procedures, screening and referral',
    facets: [
      {
        label: 'Clear, fast and predictable procedures',
        terms: {
          en: 'migration procedures; administrative procedures; decision-making processes; migration status; status determination; processing times; backlogs; legal limbo; certainty; =predictab; transparent procedures; user-friendly procedures; due process; appeal; reasons for refusal; appointment; appointments; permit renewal; renewals; ~waiting times; decision deadline; documents required; online applications; ~residence permit',
          fr: 'procédures migratoires; procédures administratives; procédures d’accès; délais de traitement; sécurité juridique; prévisibilité; procédures transparentes; motiver les refus; recours; renouvellement; renouvellements; ~préfecture; délai de décision; pièces exigées; pièces exigibles; pièces justificatives; demandes en ligne; démarches administratives; ~titre de séjour',
          es: 'procedimientos migratorios; procedimientos administrativos; trámites; plazos de tramitación; seguridad jurídica; previsibilidad; procedimientos transparentes; recurso; motivación de las denegaciones; cita; citas; renovación; renovaciones; plazo de resolución; documentos exigidos; solicitud en línea; solicitudes en línea; ~permiso de residencia',
        },
      },
      {
        label: 'Screening, assessment and referral',
        terms: {
          en: 'screening; assessment; referral; referral mechanisms; individual assessment; case management; identification of needs; screening centres; referral centres',
          fr: 'filtrage; évaluation individuelle; mécanismes d’orientation; orientation vers les services; identification des besoins; repérage des vulnérabilités; orientés vers; protocole d’orientation; centres d’évaluation; centres de tri',
          es: 'evaluación individual; mecanismos de derivación; derivación; protocolo de derivación; identificación de necesidades; gestión de casos; equipos de evaluación; centros de evaluación',
        },
      },
    ],
  },
  {
    number: 13,
    short: 'alternatives to detention',
    facets: [
      {
        label: 'Detention and its alternatives',
        terms: {
          en: 'immigration detention; detention; detained; alternatives to detention; detention centres; deprivation of liberty; child detention; closed centres; held in detention; detained children; locked facilities; community-based alternatives; immigration detention centres; caseworker; caseworkers; case management alternatives; closed immigration centres',
          fr: 'détention; rétention administrative; centres de rétention; alternatives à la détention; privation de liberté; centres fermés; enfermement; placés en rétention; mineurs retenus; zones d’attente; alternatives communautaires; accompagnement individuel; centres de rétention fermés',
          es: 'detención migratoria; detención; centros de internamiento; alternativas a la detención; privación de libertad; centros cerrados; encierro; estaciones migratorias; niños detenidos; alternativas comunitarias; detención de hecho; gestores de casos; centros de detención cerrados',
        },
      },
    ],
  },
  {
    number: 14,
    short: 'consular protection',
    facets: [
      {
        label: 'Consular protection and assistance',
        terms: {
          en: 'consular protection; consular assistance; consular services; consulates; embassies; consular officers; consular registration; consular support; labour attachés; embassy; attaché; attachés; consular outreach; consular days',
          fr: 'protection consulaire; assistance consulaire; services consulaires; consulats; ambassades; agents consulaires; enregistrement consulaire; attachés du travail; représentations diplomatiques; ambassade; attaché; attachés; journées consulaires',
          es: 'protección consular; asistencia consular; servicios consulares; consulados; embajadas; funcionarios consulares; registro consular; agregados laborales; representaciones diplomáticas; embajada; agregado laboral; jornadas consulares; consulado',
        },
      },
    ],
  },
  {
    number: 15,
    short: 'access to basic services',
    facets: [
      {
        label: 'Access to basic services',
        terms: {
          en: 'basic services; access to services; health care; healthcare; access to health; health services; ~education; ~schools; housing; social services; vaccination; vaccines; covid-19 responses; firewalls; health centre; health centres; primary care; primary health care; ~hospital; ~hospitals; ~patients; medical care; maternity care; school enrolment; enrol in school; ~pupils; interpretation in health care; emergency care; health insurance; medical treatment; clinic; clinics; mobile clinic; ~doctors; ~nurses; mental health; health coverage; social housing; medical consultations; ~health',
          fr: 'services de base; services essentiels; accès aux soins; soins de santé; services de santé; ~éducation; ~écoles; logement; services sociaux; vaccination; centre de santé; soins primaires; ~hôpital; ~hôpitaux; ~patients; scolarisation; scolarisés; inscription scolaire; ~élèves; classes d’accueil; ~école; prise en charge médicale; assurance maladie; soins médicaux; clinique; cliniques; clinique mobile; ~médecins; ~infirmières; ~infirmiers; santé mentale; aide médicale; couverture maladie; logement social; consultations médicales; ~soins; ~santé',
          es: 'servicios básicos; servicios esenciales; atención sanitaria; atención médica; servicios de salud; ~educación; ~escuelas; vivienda; servicios sociales; vacunación; centro de salud; atención primaria; ~hospital; ~hospitales; ~pacientes; ~salud; sanitarias; parto; escolarización; matrícula escolar; ~alumnos; seguro médico; seguro de salud; clínica; clínicas; clínica móvil; ~médicos; ~enfermeras; ~enfermeros; salud mental; cobertura sanitaria; vivienda social; consultas médicas',
        },
      },
    ],
  },
  {
    number: 16,
    short: 'inclusion and social cohesion',
    facets: [
      {
        label: 'Inclusion and social cohesion',
        terms: {
          en: 'inclusion; integration; social cohesion; host communities; ~participation; civic participation; civic freedoms; freedom of assembly; language courses; belonging; integration courses; community centre; community centres; ~neighbourhood; ~neighbourhoods; shared spaces; ~newcomers; long-term residents; mediation; living together; language classes; language programme; language lessons; language café; conversation evenings; meeting places; sports club; football club; mentoring; sense of belonging; cultural activities; residents’ associations',
          fr: 'inclusion; intégration; cohésion sociale; communautés d’accueil; ~participation; participation civique; libertés civiques; cours d’intégration; centre social; ~quartier; ~quartiers; ~nouveaux arrivants; vivre ensemble; médiation; société d’accueil; cours de langue; apprentissage de la langue; lieux de rencontre; club sportif; club de football; accueil des nouveaux; ateliers de conversation; parrainage; mentorat; appartenance; activités culturelles; associations de quartier; échanges interculturels',
          es: 'inclusión; integración; cohesión social; comunidades de acogida; ~participación; participación ciudadana; libertades cívicas; cursos de integración; convivencia; mediación vecinal; mediación; ~barrio; ~barrios; ~vecinos; centro comunitario; ~recién llegados; clases de idioma; cursos de idioma; aprendizaje del idioma; lugares de encuentro; club deportivo; club de fútbol; talleres de conversación; mentoría; pertenencia; actividades culturales; asociaciones vecinales; intercambio cultural',
        },
      },
    ],
  },
  {
    number: 17,
    short: 'discrimination and public discourse',
    facets: [
      {
        label: 'Discrimination and public perceptions of migration',
        terms: {
          en: 'discrimination; xenophobia; racism; hate speech; public discourse; public perceptions; perceptions of migration; narrative; narratives; media; journalists; messaging; awareness campaigns; educate the public; engage the public; public opinion; stereotypes; misinformation; insults; racist; headlines; harassment; equal treatment; hostility; hostile; online abuse; abuse online; abusive comments; newspapers; comment sections; racist abuse; racial abuse; chants; false posts; remove posts; hateful; shouts',
          fr: 'discrimination; xénophobie; racisme; discours de haine; discours public; perceptions; perception de la migration; récit; médias; journalistes; sensibilisation; opinion publique; stéréotypes; désinformation; insultes; racistes; harcèlement; égalité de traitement; hostilité; hostile; journaux; commentaires haineux; injures racistes; propos racistes; publications haineuses',
          es: 'discriminación; xenofobia; racismo; discurso de odio; discurso público; percepciones; percepción de la migración; narrativa; medios de comunicación; periodistas; sensibilización; opinión pública; estereotipos; desinformación; insultos; racistas; acoso; titulares; igualdad de trato; hostilidad; hostil; periódicos; comentarios de odio; insultos racistas; publicaciones de odio',
        },
      },
      {
        label: 'Equal treatment, hate crime and the media',
        terms: {
          en: 'hate crimes; hate crime; xenophobic; discriminatory; discriminated; unconscious bias; prejudice; prejudices; equality body; equality bodies; equal treatment body; anti-discrimination law; anti-discrimination; complaints of discrimination; stigma; stigmatisation; stigmatization; scapegoat; scapegoating; clichés; viral videos; fact-checking; media literacy; editorial guidelines; anonymous applications; anonymised applications; blind recruitment; foreign-sounding names; diversity; intercultural; online hate; election campaigns; political discourse; positive stories; counter-narratives; public debate; situation testing; discrimination testing; paired testing; testers',
          fr: 'crimes de haine; crime de haine; xénophobes; discriminatoire; discriminatoires; discriminés; préjugés; biais; organisme pour l’égalité; défenseur des droits; loi contre les discriminations; stigmatisation; stigmatiser; boucs émissaires; clichés; vidéos virales; vérification des faits; éducation aux médias; code de déontologie; cv anonyme; candidatures anonymes; diversité; interculturel; haine en ligne; campagnes électorales; discours politique; débat public; contre-discours; tests de discrimination; testing; testeurs',
          es: 'delitos de odio; delito de odio; xenófobos; xenófobas; discriminatorio; discriminatorios; trato discriminatorio; discriminados; prejuicios; sesgos; organismo de igualdad; ley contra la discriminación; estigma; estigmatización; estigmatizar; chivos expiatorios; clichés; videos virales; verificación de datos; alfabetización mediática; código de estilo; código deontológico; currículos anónimos; diversidad; intercultural; odio en línea; campañas electorales; discurso político; debate público; contranarrativas; pruebas de discriminación; pruebas de situación',
        },
      },
    ],
  },
  {
    number: 18,
    short: 'skills development and recognition',
    facets: [
      {
        label: 'Recognition of skills and qualifications',
        terms: {
          en: 'skills recognition; recognition of skills; skill recognition; recognition of qualifications; mutual recognition; qualifications; diplomas; credentials; certification; =competenc; foreign credentials; regulated professions; professional bodies; licence to practise; practical assessments; practical tests; skills assessment; recognition procedure; recognition fees',
          fr: 'reconnaissance des compétences; reconnaissance des qualifications; reconnaissance des diplômes; reconnaissance mutuelle; qualifications; diplômes; certification; compétences; valider les compétences; validation des acquis; équivalence des diplômes; professions réglementées; ordres professionnels; autorisation d’exercer; exercer leur métier; épreuves pratiques; évaluation des compétences; procédure de reconnaissance',
          es: 'reconocimiento de competencias; reconocimiento de habilidades; reconocimiento de cualificaciones; reconocimiento de títulos; convalidación; homologación; reconocimiento mutuo; cualificaciones; calificaciones; títulos; certificación; competencias; profesiones reguladas; colegios profesionales; licencia para ejercer; ejercer su profesión; pruebas prácticas; evaluación de competencias; procedimiento de reconocimiento',
        },
      },
      {
        label: 'Skills development and vocational training',
        terms: {
          en: 'skills development; skill development; skills; vocational training; technical and vocational education; training; upskilling; reskilling; apprenticeships; ~education system',
          fr: 'développement des compétences; formation professionnelle; formation continue; formation; qualification des travailleurs; apprentissage; ~système éducatif',
          es: 'desarrollo de competencias; desarrollo de habilidades; formación profesional; capacitación; formación; aprendizaje; habilidades; ~sistema educativo',
        },
      },
      {
        label: 'Skills partnerships',
        terms: {
          en: 'skills partnerships; global skills partnerships; skills mobility partnerships; talent partnerships',
          fr: 'partenariats pour les compétences; partenariats de talents; partenariats de mobilité des compétences',
          es: 'alianzas de competencias; asociaciones de talentos; alianzas mundiales de competencias',
        },
      },
    ],
  },
  {
    number: 19,
    short: 'diaspora and development',
    facets: [
      {
        label: 'Diaspora and migrants’ contribution to development',
        terms: {
          en: 'diaspora; diasporas; development outcomes; contribution to development; contributions to countries of origin; positive development outcomes; sustainable development goals; sdgs; triple win; brain drain; brain gain; knowledge transfer; entrepreneurship; diaspora investment; regions of origin; hometown associations; co-financed; matching funds; double taxation; diaspora members; investment in communities of origin; diaspora engagement; diaspora networks; diaspora bonds; diaspora organisations; hometown; home town; village of origin; communities of origin; skills transfer; temporary return; philanthropy; ~investment; ~invest; business creation; community projects; voting abroad',
          fr: 'diaspora; diasporas; contribution au développement; objectifs de développement durable; odd; fuite des cerveaux; transfert de connaissances; entrepreneuriat; régions d’origine; associations de ressortissants; cofinancement; double imposition; investissement de la diaspora; engagement de la diaspora; réseaux de la diaspora; associations de la diaspora; obligations de la diaspora; village d’origine; villages d’origine; communautés d’origine; transfert de compétences; retour temporaire; philanthropie; ~investissement; ~investir; création d’entreprises; projets communautaires; vote à l’étranger; expatriés',
          es: 'diáspora; diásporas; contribución al desarrollo; objetivos de desarrollo sostenible; ods; fuga de cerebros; transferencia de conocimientos; emprendimiento; regiones de origen; asociaciones de oriundos; cofinanciamiento; doble imposición; inversión de la diáspora; vinculación con la diáspora; redes de la diáspora; bonos de la diáspora; pueblo de origen; comunidades de origen; transferencia de habilidades; retorno temporal; filantropía; ~inversión; ~invertir; creación de empresas; proyectos comunitarios; clubes de migrantes; voto en el extranjero; obras comunitarias',
        },
      },
    ],
  },
  {
    number: 20,
    short: 'remittances and financial inclusion',
    facets: [
      {
        label: 'Remittances and financial inclusion',
        terms: {
          en: 'remittances; remittance costs; money transfers; transfer costs; cost of sending money; financial inclusion; financial literacy; bank accounts; mobile money; sending money home; send money; savings; savings groups; microfinance; correspondent banks; de-risking; bank account; money transfer operators',
          fr: 'envois de fonds; transferts de fonds; transferts d’argent; coût des transferts; inclusion financière; éducation financière; comptes bancaires; envoyer de l’argent; épargne; tontines; microfinance; compte bancaire; banques correspondantes; institutions de microfinance',
          es: 'remesas; envío de remesas; envíos de dinero; costo de las remesas; coste de las remesas; inclusión financiera; educación financiera; cuentas bancarias; enviar dinero; ahorro; microfinanzas; cuenta bancaria; bancos corresponsales; matrícula consular; remesadoras',
        },
      },
      {
        label: 'Cost and channels of sending money',
        terms: {
          en: 'mobile wallet; digital wallet; mobile wallets; withdraw cash; collect the money; transfer fee; transfer fees; fee per transfer; exchange rate; money transfer; wire transfer; remittance service providers; transfer companies; basic account',
          fr: 'portefeuille mobile; porte-monnaie électronique; argent mobile; points de retrait; retirer l’argent; frais d’envoi; frais de transfert; taux de change; sociétés de transfert; transfert d’argent; compte de base',
          es: 'billetera móvil; billetera digital; dinero móvil; puntos de retiro; retirar el efectivo; retirar el dinero; tipo de cambio; casas de cambio; giros; cuenta básica',
        },
      },
    ],
  },
  {
    number: 21,
    short: 'return and reintegration',
    facets: [
      {
        label: 'Return, readmission and reintegration',
        terms: {
          en: 'return; returns; returnees; voluntary return; forced return; readmission; reintegration; deportation; deportations; expulsion; returned migrants; reintegration support; sustainable reintegration; return counselling; people who return; deported; returned home',
          fr: 'retour; retours; retour volontaire; rapatriement; réadmission; réintégration; réinsertion; expulsion; expulsions; migrants de retour; accompagnement à la réinsertion; réinsertion durable; revenues; revenus; personnes de retour; expulsées; expulsés',
          es: 'retorno; retornos; retornados; retorno voluntario; repatriación; readmisión; reintegración; reinserción; deportación; deportaciones; expulsión; migrantes retornados; apoyo a la reintegración; reintegración sostenible; retornadas; deportadas; deportados; regresaron',
        },
      },
    ],
  },
  {
    number: 22,
    short: 'portability of social security',
    facets: [
      {
        label: 'Portability of social security and earned benefits',
        terms: {
          en: 'social security; portability; pensions; social protection; earned benefits; social security agreements; unemployment benefits; pension contributions; pension fund; social security contributions; contributions refunded; totalisation; pension rights; retirement; old-age pension; end-of-service; gratuity; gratuities; years of contributions; exportability; benefits abroad; insurance periods; work injury; employment injury',
          fr: 'sécurité sociale; portabilité; pensions; retraites; protection sociale; prestations sociales; systèmes de protection; cotisations; caisses de sécurité sociale; conventions de sécurité sociale; droits à pension; caisses de retraite; retraite; pension de vieillesse; indemnités de fin de service; années de cotisation; années cotisées; exportabilité; prestations à l’étranger; droits acquis; périodes d’assurance; accidents du travail; allocations chômage; totalisation',
          es: 'seguridad social; portabilidad; pensiones; protección social; prestaciones sociales; sistemas de protección; cotizaciones; fondos de pensiones; convenios de seguridad social; derechos de pensión; jubilación; pensión de vejez; indemnización por fin de servicio; años de cotización; años cotizados; exportabilidad; prestaciones en el extranjero; derechos adquiridos; periodos de seguro; accidentes de trabajo; seguro de desempleo; totalización',
        },
      },
    ],
  },
  {
    number: 23,
    short: 'international cooperation',
    facets: [
      {
        label: 'International cooperation and partnerships',
        terms: {
          en: 'international cooperation; global partnerships; partnerships; partnership approach; multilateral; multi-stakeholder; regional cooperation; bilateral cooperation; capacity building; capacity-building; whole-of-society; whole-of-government; technical assistance; ~cooperation; regional processes; memoranda of understanding; cooperation between countries; joint action; regional fund; regional consultative process; regional consultative processes; pledges; trust fund; joint projects; neighbouring countries; neighbouring states; regional meetings; technical secretariat; common protocol; summit; summits; migration dialogue; regional dialogue; joint work plan; ministerial meetings; ~member states; non-binding',
          fr: 'coopération internationale; partenariats mondiaux; partenariats; multilatéral; multipartite; coopération régionale; coopération bilatérale; renforcement des capacités; assistance technique; ~coopération; processus régionaux; mémorandums d’accord; coopération entre pays; processus consultatif régional; fonds régional; engagements financiers; pays voisins; réunions régionales; secrétariat technique; protocole commun; sommet; sommets; dialogue régional; dialogue sur la migration; plan de travail conjoint; réunions ministérielles; ~états membres; non contraignant; non contraignantes',
          es: 'cooperación internacional; alianzas mundiales; alianzas; asociaciones; multilateral; múltiples partes interesadas; cooperación regional; cooperación bilateral; creación de capacidades; fortalecimiento de capacidades; asistencia técnica; ~cooperación; procesos regionales; memorandos de entendimiento; cooperación entre países; proceso consultivo regional; fondo regional; fondo fiduciario; países vecinos; reuniones regionales; secretaría técnica; protocolo común; cumbre; cumbres; diálogo regional; diálogo sobre migración; plan de trabajo conjunto; reuniones ministeriales; ~estados miembros; no vinculante; no vinculantes',
        },
      },
      {
        label: 'Funding and exchange between countries',
        terms: {
          en: 'south-south cooperation; triangular cooperation; peer learning; peer exchange; exchange of experts; seconded experts; secondment; twinning; study visits; migration mptf; multi-partner trust fund; start-up fund; capacity-building mechanism; official development assistance; development cooperation; development partners; donor countries; ~donors; ~funding; multi-year funding; predictable funding; pooled fund; joint programme; joint programmes; un country teams; un network on migration; cooperation frameworks; regional economic communities; african union; ecowas; igad; mercosur; asean',
          fr: 'coopération sud-sud; coopération triangulaire; apprentissage entre pairs; échanges entre pairs; échange d’experts; détachement d’experts; jumelage; visites d’étude; fonds fiduciaire multipartenaire; mécanisme de renforcement des capacités; aide publique au développement; coopération au développement; partenaires de développement; partenaires techniques et financiers; ~partenaires financiers; ~bailleurs de fonds; ~donateurs; ~financement; financement pluriannuel; programme conjoint; équipes de pays des nations unies; réseau des nations unies sur les migrations; communautés économiques régionales; union africaine; cedeao',
          es: 'cooperación sur-sur; cooperación triangular; aprendizaje entre pares; intercambio entre pares; intercambio de expertos; hermanamiento; visitas de estudio; fondo fiduciario de asociados múltiples; mecanismo de creación de capacidad; ayuda oficial al desarrollo; cooperación al desarrollo; socios para el desarrollo; socios de desarrollo; ~donantes; países donantes; ~financiamiento; ~financiación; financiación plurianual; programa conjunto; equipos de las naciones unidas en el país; red de las naciones unidas sobre la migración; comunidades económicas regionales; unión africana; mercosur; conferencia regional sobre migración',
        },
      },
    ],
  },
];

// Given names whose bearers news copy shows, overwhelmingly, as men or as women: so that "she"
// after "Josiane Marchetti" and "Bernard Marchetti" finds Josiane. A name not listed tells
// nothing; the article's own "Mr", "Ms", "he" and "she" come first. Names borne by both sexes
// anywhere news reaches (Alex, Andrea, Jean, Nikola, Yuri) are left out on purpose.

extension AttributionLexicon {
    static let givenNames: [String: Gender] = {
        let male = """
            aamir aaron abbas abdallah abdelaziz abdelfattah abdelmadjid abdi abdoulaye abdul abdullah abdullahi abdulrahman \
            abhisit abiy abubakar adam adel adewale adil aditya adrian agus agustin ahmad ahmed ahmet ajay akbar akhilesh akihito \
            akshay alain alan alar alassane alastair albert alberto alejandro aleksandar aleksandr aleksei alessandro alexander \
            alexandre alexandros alexandru alexei alfonso algirdas ali alireza alisher alistair alvaro alyaksandr amadou amin \
            amir amitabh amos amr anand anatoly anders andre andreas andrei andrej andres andrew andrey andries andris andriy \
            andry andrzej andy angelo angus anies anil ante anthony antoine anton antonio antonis antti anura anutin anwar arash \
            arjen arjun armando armen armin arnaud arne artem arthur arun arvind ashok ashraf asif assimi atiku attila avi \
            avraham axel ayoub aziz babajide babak babar babatunde balazs bambang baptiste barry bart bartosz bashar bassirou \
            battulga bello ben bengt benigno benjamin benny benoit bernard bernardo bilal bilawal bill binyamin bjarni bjorn \
            bogdan bohdan bojan bongani boris boyko brandon branko brendan brett brian bruce bruno bryan budi burak callum carl \
            carlo carlos catalin cem cesar cesare charles chris christian christoph christophe christopher christos chukwuemeka \
            ciaran claudio clement clive colin connor conor constantin cornelis craig cristian cyril daisuke daniel danny dario \
            dariush dariusz darko darren dave david davide davit davor dawit declan deepak dejan denis dennis deon derek didier \
            diego dieter dimitar dimitrios dimitris dinesh dirk djordje dmitri dmitry dmytro domenico dominic donald doug douglas \
            dov dragan driss duarte duc dumitru duncan eamon ebrahim edgars edi edoardo eduardo edward ehud einar eitan elbegdorj \
            elias eliud emanuele emeka emil emmanuel emmerson emomali emre enda enrico enrique eric erik erling ernesto ernst \
            essam esteban ethan evan evo fabien fabio fadi fahd faisal farhad fatih federico felipe felix ferdinand ferenc \
            fernando filippo finn florian florin francesco francis francisco francois frank frans franz frederic frederick \
            frederik fredrik friedrich fumio fyodor gabor gabriel gamal ganbaatar ganesh gareth gary gautam gavin gediminas geert \
            geoffrey georg george georgi georgios gerald gerard gerd gerhard gerrit gevorg ghassan gheorghe ghulam giacomo \
            gianluca gianni giannis gibran giorgi giorgio giorgos giovanni girma gitanas giuseppe glen goncalo gonzalo goran \
            gordon gotabaya graham greg gregory grzegorz gudmundur guilherme guillaume guillermo gunnar gurbanguly gustav gustavo \
            gyorgy haakon habib hadi hage haider haile haim hakainde hakan hakim halil hamad hamed hamid hamish hamza hannu hans \
            harald harold harry haruki haruto hashim hassan hector heikki heinrich helmut hendrik henri henrik henrique henry \
            hermann hesham heydar hiroshi hisham hossam hossein howard hristijan hristo hrvoje hugh hugo huseyin hussain hussein \
            ian ibrahim ibrahima ichiro idris ignacio igor ihor ilan ilham ilir ilya imran imre ingvar ioannis ion iqbal irakli \
            irfan isaias ismail istvan ivan jabulani jacek jack jaco jacob jacobus jacques jafar jair jaishankar jakaya jakob \
            jakub jamal james jamie jan janez janis janos janusz jari jaroslav jason jasper javad javed javier jean-baptiste \
            jean-claude jean-francois jean-luc jean-marie jean-paul jean-pierre jeff jeffrey jens jeremy jeroen jerome jerry \
            jerzy jesper jesus jim jiri joachim joao joaquim joaquin joe johan johann johannes john joko jokowi jomo jon jonas \
            jonathan joost jordi jorg jorge jorgen jose josef josep joseph joshua josip jozsef juan juha jukka julian julien \
            julio julius juma junichiro jurgen justin kadir kais kamal kamil kareem karel karim karl karthik kasper kassym kayode \
            kazimierz kazuo keir keith kemal kenenisa kenji kenneth kenta kerem kevin kgalema khabib khaled khalid khalil \
            khurelsukh kieran kirill kjell klaus knut kobus koen kofi koji kojo konstantinos koos kostas kristjan krzysztof kurt \
            kwabena kwame kyriakos lajos lamine larry lars laszlo laurent lawrence lazarus lech leif leo leon leonard leonardo \
            leonid levan levon lewis liam lorenzo louis luc luca lucas ludwig luigi luis luiz lukas lukasz luke maarten maciej \
            macky mads magnus mahamat mahathir mahdi maher mahesh mahinda mahmoud majid maksim malcolm mamadou mandla manmohan \
            manny manoj mansour manuel marat marc marcel marcelo marcin marco marcos marcus marek mario marius mariusz mark marko \
            markus martin marwan masahiro masoud massimo mateo mateusz mathieu matteo matthew matthias matti maurice maurizio max \
            maximilian mehdi mehmet meir meles michael michal micheal michel miguel mihai mikael mike mikel mikhail mikheil \
            mikkel milorad mindaugas mircea miroslav mohamed mohammad mohammed mohamud mohan mohsen mojtaba mokgweetsi moritz \
            morten morteza moshe mostafa mourad moussa muhammad muhammadu muhyiddin mukesh murad murat musa mustafa mustapha \
            mykhailo mykola nabil najib naoki narendra naruhito nasser nathan navid nawaz nayef nayib neil nemanja nenad neymar \
            niall nicholas nicolae nicolas nicusor niels nigel niklas nikolai nikolaos nikolay nikos nils nir nitin nitish nnamdi \
            noah norbert novak nuno nursultan obinna ofer olaf olafur olav ole oleg oleh oleksandr oleksiy oliver olivier olof \
            olusegun omar omid oren orhan osama osamu oscar oskar osman otto ousmane owen oyun-erdene pablo paolo patrick paul \
            pavel pavlos pawel pedro pekka pervez petar peter petr petro petros petrus petteri phil philip philipp philippe \
            pierre pieter pietro piotr prabowo prakash pranab prayut pyotr rachid radu rafael rafal rahul raila rajesh rajiv \
            rakesh ramazan ramesh rami ramin ramon ramush ramzan ranil raphael rasmus raul ravi ray raymond recep renato reza \
            rhys riaan ricardo riccardo richard rishi robert roberto rodrigo roger rohan rohit romain ronald ronaldo rory ross \
            ruben rudolf rui rumen ruslan rustam rutger ruud ryan saad sachin sadio sadiq sadyr saeed said saif sajith salah \
            saleh salim salman salvador salvatore sami samir samuel sandor sani sanjay satoshi saud sauli scott seamus sean \
            sebastian sebastiao sebastien segun selahattin selim sergei sergey sergio serhiy serik serzh shahbaz shahid shahrukh \
            shamil shane shankar shavkat shehbaz shigeru shinji shinzo shlomo shoaib shota sibusiso siddharth sigurd sigurdur \
            simon sipho slobodan somchai soren sorin srettha stanislaw stanley stefan stefano stelios stephane stephen steve \
            steven stuart suharto sukarno suleyman sunil suresh susilo sven sverre szymon tadeusz taha takashi takeshi tamas \
            taras tarek tariq tarique taro tayyip teodoro terry tesfaye tewodros thabo thaksin theodoros thiago thierry thomas \
            thorsten tiago tigran tim timothy timur tobias tom tomas tomasz tomislav tommaso tony toomas trevor trond tudor tunde \
            tuomas ugur ulf ulrich umar umaru urmas vaclav vadim vakhtang valentin vasile vasilis vasily vasyl vicente victor \
            vijay vikram viktor vincent vincenzo vinicius virat vitaliy vitaly vittorio vivek vladimir volkan volodymyr vuk vusi \
            vytautas waleed walid walter wasim wayne werner wilhelm willem william wim witold wojciech wole wolfgang wouter \
            xanana xavier yaakov yahya yair yakov yakubu yann yannis yaroslav yasser yassine yasuo yaw yehuda yevgeny yitzhak \
            yoav yonatan yosef yoshihide younes yousef youssef yoweri yukio yunus  yusuf yusuke yves zahid zakaria zbigniew \
            zdenek zeljko ziad zinedine zlatan zoltan zoran zulfikar zurab \
            arkady evgeny gennadiy gennady grigory konstantin stanislav vyacheslav yury yuriy
            """
        let female = """
            abena abigail achieng adaeze aditi adriana adwoa afua agata agnieszka aicha aida aigerim aigul aikaterini aiko aisha \
            aishwarya aissatou akiko akinyi akosua akua albana alejandra aleksandra alessandra alessia alexandra alia alice \
            alicia alicja alina alisa alison aliya alla altantsetseg alyona ama amaka amanda amelia amelie amina aminah aminata \
            amira amna amra amrita amy ana anahit anais ananya anastasia anca andreea angela angelica angeliki angelina anita \
            anja anjali ann anna annalena anne anne-marie anne-sophie annemarie annie annika anouk antonella anushka anyango \
            aoife aparna arina aryna asel asha asli asma asmaa astrid atieno aurelie aurora awa aya ayako ayala ayelet ayesha \
            aygun ayla ayse aysel ayu ayumi azadeh aziza azizah azra baleka barbara barbora basma beata beatrice beatriz benazir \
            betty bidya biljana binta birgitta birtukan bjork blanca bolormaa bozena brenda bridget brigitte bukola burcu bushra \
            busisiwe busra caitlin camila canan carla carmen carolina caroline carolyn catalina catarina caterina catherine \
            cecile cecilia celine chana chandrika chantal charlotte chiamaka chiara chidinma chimamanda chinyere chioma chloe \
            cholpon christina christine claire clara claudia clemence corazon coumba cristina cynthia dafna dalia daniela \
            danielle dariga darya deborah debra deepika delcy delphine denise derartu devorah diana diane didem dilek dilma \
            dilnoza dimitra dina dinara dineo divya djeneba dolores donna dora dorota dorothy dragana droupadi ebru ece efua egle \
            eirini eka ekaterina elaheh elaine eleanor elena eleni eleonora elif elin elina elisa elisabeth elisabetta elise \
            eliska elizabeth elizaveta ella ellen elzbieta emiko emilie emily emina emine emma emmanuelle enkhtuya erika erna \
            erzsebet esi esperanza esra esther eszter eva evika ewa ezgi fadumo fairouz faiza fariba farida farnaz farzana \
            farzaneh fatemeh fatima fatimah fatma fatou fatoumata fauzia federica femke fereshteh fernanda feruza filipa fiona \
            fleur florence folake folasade frances francesca francisca francoise franziska freya frida fumiko funke funmilayo \
            gabriela gabriella gail galit gamze gaukhar gayane gayatri geeta gemma genzebe ghada ghazala giorgia giovanna gisele \
            giulia gizem gladys gloria golda golnaz golshifteh grace grazyna gulmira gulnara gulnoza gunel hadas hadiza hafsa \
            hajara hala halima halina halla halyna hana hanako hanan hande hanna hannah harini harriet haruka hasina hasmik hasna \
            hatice hauwa hawa heather helen helena helene helga hiba hina hira hiroko hitomi hiwot hoa hodan houda huda hulya \
            humaira huong ieva ifeoma ijeoma ilana ilaria ilse ilze imane imee imelda indah indira ines inese ingrid ingrida inna \
            intan ioana ioanna irem irena irene irina iryna isabel isabela isabella isabelle iulia ivana iwona iyabo izabela \
            jacinda jacqueline jana jane janet jasmina jayalalithaa jeanne jelena jennifer jessica jimena joana joanna joanne \
            johanna jolanta josephine josiane jovana joyce judit judith julia juliana julie juliette jumana junko justyna \
            kadiatou kadri kaja kamala kanako kanya kaori kareena karen  karima karin karine karolina kartini katalin \
            katarina katarzyna kate katerina kateryna katharina katherine kathleen kathryn katrin kavita kavya kazuko keiko kelly \
            kemi kenza keren kersti ketevan khady khaleda khatia khulan kimberly klara kolinda konstantina kristalina kristi \
            kristina kristine kristrun kristyna krisztina krystyna ksenia ksenija kumiko kyoko laetitia laila laleh lamia lana \
            lara larisa larysa latifa laura lauren layla lea leah leila lejla lena leni lenka leonie leonor lerato leticia leyla \
            lilia lilit linda lindiwe lisa liv liz liza lola lorena louise lubna lucia luciana lucie lucrezia lucy luisa lupita \
            lusine lyubov lyudmila madhuri madina maeve mafalda magdalena maha mahira mahlet mahnaz mahsa mahtab maia maimouna \
            maja malak malala malee malgorzata malika malini malka mamata manal mandana manisha manon manuela marcela margaret \
            margaux margherita margrethe maria mariam mariama mariana marie marija mariko marina marisol marit marjorie marketa \
            marta martha martina martine marwa mary maryam maryia masako mathilde maya mayawati mayumi mbali meaza meena meera \
            megan megawati meghan megumi mehriban mehwish mei melanie melissa meltem merav meriem merve meseret mette michaela \
            michelle michiko midori mihaela milagros milica minna minoo miri miriam mirjana miyuki molly mona monica monika \
            monique montserrat muna naama nabila nadezhda nadia naheed nahid nahla naima najat najwa naledi nancy nandini naoko \
            naomi narges narine narmin nasrin natalia natalie nataliya natalya natasa natasha nathalie natia nawal nazanin nazia \
            nazli ndeye neda neema negar neha nesrin netumbo nga ngozi niamh nicole nigar niloufar nilufer nina  nirmala \
            nisha nisreen njeri njoki nkechi nkosazana nneka nodira noha nokuthula nomsa nomvula nonhlanhla noor nora noriko \
            nosipho nuria oana oksana olena olga olha olivia oluchi omolara ona oprah orsolya oyunchimeg ozge ozlem paetongtarn \
            palesa pallavi paloma pamela paola parisa parvati parveen patricia patrizia paula paulina pelin phoebe pia pilar \
            pinar pnina polina pooja poonam pratibha preeti priti priya priyanka rachel rachida radha radhika rahel rahma raluca \
            rania raquel rasha rashmi ratna rawan rebecca reem refilwe rehema reiko reka rekha renate renho rie rigoberta rika \
            risa rita rivka roberta rocio roisin rokhaya ronit rosa rosmah roxana roya ruba rubina ruslana rusudan ruta ruth \
            sabine sachiko sadaf sadia safiya saima sakura salima salma salome saltanat salwa samantha samia samina samira sanae \
            sandra sandrine sangeeta sanja sanna sanne saori sara sarah sarantuya saskia satomi sayaka seda seema segolene selin \
            sepideh serena setsuko sevara sevda sezen shahnoza shakira shalini shanti sharmila sharon shazia shereen sherine \
            shilpa shima shira shireen shirin shizuka shoshana shreya shruti shweta sian sibel sidra sigrid siham silvia simona \
            sinead siobhan sirikit sirimavo siriporn sita siti smriti sneha snezana snezhana sofia soledad solveig sonia sonja \
            sophia sophie soraya souad stefania stefanie stella stephanie sudha suella suha sujata sumaya sunita susan susana \
            susanna susanne sushma suzanne svetlana sviatlana svitlana swati sylvia sylvie sylwia tahira talia tamar tamara tamta \
            tanja tanya tarja taslima tasneem tatiana tatjana tatyana teresa tetiana tetyana teuta thandeka thandi thandiwe thao \
            theodora theresa thuli tigist tiina tinatin tirunesh titilayo tiziana tomoko torunn tova trang tugba tzipi ursula \
            urszula usha uzma valentina valeria valerie vandana vanessa varvara vasiliki vera veronica veronika veronique vesna \
            victoria vida vidya viktoria virginie vittoria wambui wanda wangari wanjiku wanjiru wendy weronika wiktoria wulan \
            ximena xiomara yaa yael yamina yasemin yasmeen yasmin yasmina yehudit yekaterina yelena yesim yetunde yevgenia \
            yingluck yoko yoshiko yui yuki yukiko yuko yulia yuliya yumi yumiko yuriko yusra yvette zahra zainab zanele zaynab \
            zeina zeinab zeynep zhanar zhanna zineb zodwa zoe zofia zohreh zoya zsofia zsuzsanna zuzana zuzanna
            """
        var names: [String: Gender] = [:]
        // Split on the ASCII bytes (space, newline, the backslash of a continued line): cheaper at
        // start-up than asking every character whether it is white space.
        func words(_ list: String) -> [String] {
            list.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x5C }).map { String(decoding: $0, as: UTF8.self) }
        }
        for name in words(male) { names[name] = .male }
        for name in words(female) { names[name] = .female }
        return names
    }()
}

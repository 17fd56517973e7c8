import { type MigrationInterface, type QueryRunner } from 'typeorm';

const SPEAK_UP_NB = `NTNU har nulltoleranse for alle former for trakassering og annen maktmisbruk. Det skal være trygt å jobbe og studere ved NTNU.

# Si fra til arbeidsgiver
- Normalt sier du fra til nærmeste leder.
- Har du ikke tillit til nærmeste leder, kan du si fra til leder over i linjen.
- I unntakstilfeller kan du si fra til HR- og HMS-sjefen.
- Du kan også si fra til verneombudet, lokalt hovedverneombud eller hovedverneombudet.

# Uformell og konfidensiell samtale
- Bedriftshelsetjenesten (BHT)
- Tillitsvalgte i fagforeningen din
- En advokat, lege, psykolog eller andre med lovpålagt taushetsplikt
- Arbeidstilsynet

Alle disse har taushetsplikt.`;

const SPEAK_UP_EN = `NTNU has zero tolerance for all forms of harassment and other abuse of power. It shall be safe to work and study at NTNU.

# Tell the employer
- Normally you tell your immediate manager.
- If you do not trust your immediate manager, you can tell the leader above.
- In exceptional cases you can tell the head of HR and HSE.
- You can also tell the safety representative, the local senior safety representative or the senior safety representative.

# Informal and confidential conversation
- The occupational health service
- Union representatives
- A lawyer, doctor, psychologist or others with a statutory duty of confidentiality
- The Norwegian Labour Inspection Authority

All of them have a duty of confidentiality.`;

/**
 * Pages of text the institution writes itself, in bokmål and English: first the "Si fra / Speak up"
 * page (where to report harassment), seeded with the text of the workshop deck.
 */
export class SpeakUpPage1764400000000 implements MigrationInterface {
  name = 'SpeakUpPage1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE content_page (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        body_nb text NOT NULL CHECK (length(btrim(body_nb)) > 0 AND length(body_nb) <= 20000),
        body_en text NOT NULL CHECK (length(btrim(body_en)) > 0 AND length(body_en) <= 20000),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user (id)
      )
    `);
    await q.query(`INSERT INTO content_page (key, body_nb, body_en) VALUES ('speak-up', $1, $2)`, [
      SPEAK_UP_NB,
      SPEAK_UP_EN,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE content_page`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { GCM_OBJECTIVES } from '../../../objectives/src/gcm-objectives';

export class GcmObjectives1795600000001 implements MigrationInterface {
  name = 'GcmObjectives1795600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO objectives (number, title_en, title_fr, title_es)
       SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (number) DO UPDATE
         SET title_en = EXCLUDED.title_en, title_fr = EXCLUDED.title_fr, title_es = EXCLUDED.title_es`,
      [
        GCM_OBJECTIVES.map((o) => o.number),
        GCM_OBJECTIVES.map((o) => o.title.en),
        GCM_OBJECTIVES.map((o) => o.title.fr),
        GCM_OBJECTIVES.map((o) => o.title.es),
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM objectives`);
  }
}

import { ApiProperty } from '@nestjs/swagger';
import type { Language } from '@convene/common';
import type { ObjectiveTitle } from '../gcm-objectives';

class ObjectiveTitlesResponse implements Record<Language, string> {
  @ApiProperty()
  en: string;

  @ApiProperty()
  fr: string;

  @ApiProperty()
  es: string;
}

export class ObjectiveResponse implements ObjectiveTitle {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 23 })
  number: number;

  @ApiProperty({ type: () => ObjectiveTitlesResponse })
  title: ObjectiveTitlesResponse;
}

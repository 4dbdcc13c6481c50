import { ApiProperty } from '@nestjs/swagger';
import { REQUEST_PRIORITIES } from '@trellis/domain';

/** The targets an item's requests are measured against, at the priority requests usually get. */
export class SlaPromiseDto {
  @ApiProperty({ example: 'Standard service' }) policyName!: string;
  @ApiProperty({ example: 'Office hours', description: 'the calendar business time is counted on' })
  calendarName!: string;
  @ApiProperty({
    example: 480,
    nullable: true,
    type: Number,
    description: "the calendar's longest working day, for showing targets in business days",
  })
  businessDayMinutes!: number | null;
  @ApiProperty({ enum: REQUEST_PRIORITIES, example: 'medium' }) priority!: string;
  @ApiProperty({ example: 240, description: 'business minutes to the first response' })
  responseMinutes!: number;
  @ApiProperty({ example: 2400, description: 'business minutes to fulfilment' })
  resolutionMinutes!: number;
}
